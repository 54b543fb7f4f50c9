using System.Net;
using System.Text.Json;

namespace Counseling.Tests.Api;

/// <summary>Reads RFC 7807 bodies and checks the parts clients rely on.</summary>
public static class ProblemAssertions
{
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string type)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(type, problem.GetProperty("type").GetString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal); // no stack trace
        return problem;
    }

    public static IReadOnlyCollection<string> ErrorFields(this JsonElement problem) =>
        problem.TryGetProperty("errors", out var errors)
            ? errors.EnumerateObject().Select(p => p.Name.ToLowerInvariant()).ToList()
            : [];
}
