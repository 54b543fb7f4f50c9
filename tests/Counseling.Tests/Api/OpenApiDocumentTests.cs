using System.Text.Json;
using Counseling.Api.Apis;
using Counseling.Tests.Infrastructure;

namespace Counseling.Tests.Api;

/// <summary>The OpenAPI document says what the api does: a field it fills in when omitted is not required.</summary>
[Collection(PlatformCollection.Name)]
public sealed class OpenApiDocumentTests(PlatformFixture platform)
{
    private async Task<JsonElement> SchemaAsync(string name)
    {
        using var client = platform.CreateClient();
        var document = JsonDocument.Parse(await client.GetStringAsync(Routes.OpenApi)).RootElement;
        return document.GetProperty("components").GetProperty("schemas").GetProperty(name);
    }

    private static string[] Required(JsonElement schema) =>
        schema.TryGetProperty("required", out var required) ? [.. required.EnumerateArray().Select(r => r.GetString()!)] : [];

    [Theory]
    [InlineData("Availability", "bufferBeforeMinutes", "0")]
    [InlineData("Availability", "bufferAfterMinutes", "0")]
    [InlineData("Availability", "minimumNoticeMinutes", "0")]
    [InlineData("ContentOfferDraft", "kind", "\"course\"")]
    [InlineData("ContentOfferDraft", "summary", "\"\"")]
    [InlineData("CounselorProfile", "bio", "\"\"")]
    public async Task AFieldThatDefaultsWhenOmittedIsOptionalAndShowsItsDefault(string schemaName, string property, string defaultJson)
    {
        var schema = await SchemaAsync(schemaName);

        Assert.DoesNotContain(property, Required(schema));
        var declared = schema.GetProperty("properties").GetProperty(property);
        Assert.True(declared.TryGetProperty("default", out var value), $"{schemaName}.{property} does not show its default: {declared}");
        Assert.Equal(defaultJson, value.GetRawText());
    }

    [Theory]
    [InlineData("Availability", "weekly")]
    [InlineData("Availability", "horizonDays")]
    [InlineData("ContentOfferDraft", "title")]
    [InlineData("ContentOfferDraft", "priceMinor")]
    public async Task AFieldThatIsRefusedWhenOmittedStaysRequired(string schemaName, string property)
    {
        var schema = await SchemaAsync(schemaName);

        Assert.Contains(property, Required(schema));
    }

    /// <summary>
    /// The web client is typed from <c>api/web/openapi.json</c> at every build. That file must be the document the api
    /// serves, or the client's types describe an api that does not exist. Run with UPDATE_OPENAPI=1 to rewrite it.
    /// </summary>
    [Fact]
    public async Task TheWebClientIsTypedFromTheDocumentTheApiServes()
    {
        using var client = platform.CreateClient();
        var served = JsonSerializer.Serialize(JsonDocument.Parse(await client.GetStringAsync(Routes.OpenApi)).RootElement, Indented) + "\n";
        var committed = Path.Combine(Repository.Root, "api", "web", "openapi.json");
        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(committed, served);
        }

        Assert.True(File.Exists(committed), "api/web/openapi.json is missing: run the tests with UPDATE_OPENAPI=1.");
        var expected = (await File.ReadAllTextAsync(committed)).ReplaceLineEndings("\n");
        Assert.True(expected == served, "api/web/openapi.json differs from the document the api serves. Run the tests with UPDATE_OPENAPI=1 and rebuild the web client.");
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
