using System.Net;
using System.Net.Http.Json;
using Counseling.Api.Apis;
using Counseling.Api.Contracts;
using Counseling.Tests.Infrastructure;

namespace Counseling.Tests.Api;

/// <summary>Each test runs its own api node so that its low limits do not throttle the rest of the suite.</summary>
[Collection(PlatformCollection.Name)]
public sealed class RateLimitTests(PlatformFixture platform)
{
    [Fact]
    public async Task TooManyAuthRequestsFromOneAddressGet429WithRetryAfter()
    {
        await using var api = platform.NewApi(new Dictionary<string, string?> { ["LoginThrottle:PermitsPerAddress"] = "3" });
        using var client = api.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            var allowed = await client.PostAsJsonAsync(Routes.Auth.Login, new LoginRequest(PlatformFixture.UniqueEmail("addr"), "some password here"));
            Assert.Equal(HttpStatusCode.Unauthorized, allowed.StatusCode);
        }

        var limited = await client.PostAsJsonAsync(Routes.Auth.Login, new LoginRequest(PlatformFixture.UniqueEmail("addr"), "some password here"));
        await limited.AssertProblemAsync(HttpStatusCode.TooManyRequests, "/problems/too-many-requests");
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);

        var registerToo = await client.PostAsJsonAsync(Routes.Auth.Register, new RegisterRequest(PlatformFixture.UniqueEmail("addr"), "correct horse battery staple", "X", "client"));
        Assert.Equal(HttpStatusCode.TooManyRequests, registerToo.StatusCode);
    }

    [Fact]
    public async Task TooManyAttemptsOnOneAccountGet429WhetherOrNotItExists()
    {
        await using var api = platform.NewApi(new Dictionary<string, string?> { ["LoginThrottle:PermitsPerAccount"] = "2" });
        using var client = api.CreateClient();
        var existing = (await platform.RegisterAsync()).User.Email;
        var unknown = PlatformFixture.UniqueEmail("ghost");

        foreach (var email in new[] { existing, unknown })
        {
            await client.PostAsJsonAsync(Routes.Auth.Login, new LoginRequest(email, "guess one"));
            await client.PostAsJsonAsync(Routes.Auth.Login, new LoginRequest(email.ToUpperInvariant(), "guess two"));
            var limited = await client.PostAsJsonAsync(Routes.Auth.Login, new LoginRequest(email, "guess three"));
            await limited.AssertProblemAsync(HttpStatusCode.TooManyRequests, "/problems/too-many-requests");
            Assert.NotNull(limited.Headers.RetryAfter);
        }

        // Another account from the same address is not affected.
        var other = await client.PostAsJsonAsync(Routes.Auth.Login, new LoginRequest(PlatformFixture.UniqueEmail("other"), "guess"));
        Assert.Equal(HttpStatusCode.Unauthorized, other.StatusCode);
    }
}
