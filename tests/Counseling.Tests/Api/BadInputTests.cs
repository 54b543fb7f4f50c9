using System.Net;
using System.Text;
using Counseling.Api.Apis;
using Counseling.Tests.Infrastructure;

namespace Counseling.Tests.Api;

/// <summary>
/// Input that used to reach the grains or PostgreSQL and fail there: each is refused at the edge with a validation
/// problem that names the field.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class BadInputTests(PlatformFixture platform)
{
    private const string Password = "correct horse battery staple";

    private static StringContent JsonBody(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task AssertFieldRefusedAsync(HttpResponseMessage response, string field)
    {
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.Contains(field.ToLowerInvariant(), problem.ErrorFields());
        var message = problem.GetProperty("errors").EnumerateObject().First(e => e.Name.Equals(field, StringComparison.OrdinalIgnoreCase)).Value[0].GetString();
        Assert.False(string.IsNullOrWhiteSpace(message));
    }

    [Theory]
    [InlineData(Routes.Auth.Register)]
    [InlineData(Routes.Auth.Login)]
    public async Task ANullCharacterInTheEmailIsRefusedBeforeItReachesTheDatabase(string route)
    {
        using var client = platform.CreateClient();
        var body = $$"""{"email":"a\u0000b.{{Guid.NewGuid():N}}@example.com","password":"{{Password}}","displayName":"Nul Person","role":"client"}""";

        var response = await client.PostAsync(route, JsonBody(body));

        await AssertFieldRefusedAsync(response, "email");
    }

    [Fact]
    public async Task ANullCharacterDeepInsideABodyIsRefusedNamingItsPath()
    {
        var counselor = await platform.RegisterAsync("counselor");
        using var client = platform.CreateClient(counselor.AccessToken);
        const string body = """
            {"displayName":"Dr Nul","bio":"b","specialties":["anxiety"],"languages":["en","de\u0000"],"modalities":["chat"],
             "pricePerSession":{"amountMinor":5000,"currency":"USD"},"sessionLengthsMinutes":[50],"timeZone":"UTC"}
            """;

        var response = await client.PutAsync(Routes.CounselorRecord.Profile, JsonBody(body));

        await AssertFieldRefusedAsync(response, "languages[1]");
    }

    [Fact]
    public async Task ANullCharacterInAQueryStringIsRefused()
    {
        using var op = await platform.OperatorClientAsync();

        var response = await op.GetAsync($"{Routes.OperatorAccounts.Prefix}?email=a%00b%40example.com");

        await AssertFieldRefusedAsync(response, "email");
    }

    [Theory]
    [InlineData("specialties", """{"displayName":"Dr Null","bio":"b","specialties":[null],"languages":["en"],"modalities":["chat"],"pricePerSession":{"amountMinor":5000,"currency":"USD"},"sessionLengthsMinutes":[50],"timeZone":"UTC"}""")]
    [InlineData("languages", """{"displayName":"Dr Null","bio":"b","specialties":["anxiety"],"languages":["en",null],"modalities":["chat"],"pricePerSession":{"amountMinor":5000,"currency":"USD"},"sessionLengthsMinutes":[50],"timeZone":"UTC"}""")]
    [InlineData("pricePerSession.currency", """{"displayName":"Dr Null","bio":"b","specialties":["anxiety"],"languages":["en"],"modalities":["chat"],"pricePerSession":{"amountMinor":5000,"currency":null},"sessionLengthsMinutes":[50],"timeZone":"UTC"}""")]
    public async Task AnEmptyEntryInTheProfileIsRefusedNamingTheField(string field, string body)
    {
        var counselor = await platform.RegisterAsync("counselor");
        using var client = platform.CreateClient(counselor.AccessToken);

        var response = await client.PutAsync(Routes.CounselorRecord.Profile, JsonBody(body));

        await AssertFieldRefusedAsync(response, field);
    }

    [Theory]
    [InlineData("weekly", """{"weekly":[null],"overrides":[],"timeOff":[],"horizonDays":30,"slotIntervalMinutes":30}""")]
    [InlineData("overrides", """{"weekly":[],"overrides":[null],"timeOff":[],"horizonDays":30,"slotIntervalMinutes":30}""")]
    [InlineData("timeOff", """{"weekly":[],"overrides":[],"timeOff":[null],"horizonDays":30,"slotIntervalMinutes":30}""")]
    [InlineData("overrides[0].windows", """{"weekly":[],"overrides":[{"date":"2031-01-01","windows":null}],"timeOff":[],"horizonDays":30,"slotIntervalMinutes":30}""")]
    [InlineData("overrides[1].windows", """{"weekly":[],"overrides":[{"date":"2031-01-01","windows":[]},{"date":"2031-01-02"}],"timeOff":[],"horizonDays":30,"slotIntervalMinutes":30}""")]
    [InlineData("overrides[0].windows", """{"weekly":[],"overrides":[{"date":"2031-01-01","windows":[null]}],"timeOff":[],"horizonDays":30,"slotIntervalMinutes":30}""")]
    public async Task AnEmptyEntryInTheAvailabilityIsRefusedNamingTheField(string field, string body)
    {
        var counselor = await platform.RegisterAsync("counselor");
        using var client = platform.CreateClient(counselor.AccessToken);

        var response = await client.PutAsync(Routes.CounselorRecord.Availability, JsonBody(body));

        await AssertFieldRefusedAsync(response, field);
    }

    [Fact]
    public async Task OmittedBuffersAndNoticeDefaultToZeroAsTheDocumentSays()
    {
        var counselor = await platform.RegisterAsync("counselor");
        using var client = platform.CreateClient(counselor.AccessToken);

        var response = await client.PutAsync(Routes.CounselorRecord.Availability,
            JsonBody("""{"weekly":[],"overrides":[],"timeOff":[],"horizonDays":30,"slotIntervalMinutes":30}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var availability = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("availability");
        Assert.Equal(0, availability.GetProperty("bufferBeforeMinutes").GetInt32());
        Assert.Equal(0, availability.GetProperty("minimumNoticeMinutes").GetInt32());
    }
}
