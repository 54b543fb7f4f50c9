using System.Net;
using System.Net.Http.Json;
using Counseling.Api.Apis;
using Counseling.Api.Contracts;
using Counseling.Tests.Infrastructure;

namespace Counseling.Tests.Api;

[Collection(PlatformCollection.Name)]
public sealed class AuthorizationTests(PlatformFixture platform)
{
    [Fact]
    public async Task MeWithoutATokenIs401Problem()
    {
        using var client = platform.CreateClient();
        var response = await client.GetAsync(Routes.Me.Prefix);
        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "/problems/unauthenticated");
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiIxIn0.")] // alg "none"
    public async Task ForgedOrUnsignedTokensAreRejected(string token)
    {
        using var client = platform.CreateClient(token);
        var response = await client.GetAsync(Routes.Me.Prefix);
        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "/problems/unauthenticated");
    }

    [Fact]
    public async Task ATokenSignedWithAnotherKeyIsRejected()
    {
        await using var otherDeployment = platform.NewApi(new Dictionary<string, string?>
        {
            ["Jwt:SigningKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48)),
        });
        using var otherClient = otherDeployment.CreateClient();
        var registered = await otherClient.PostAsJsonAsync(Routes.Auth.Register,
            new RegisterRequest(PlatformFixture.UniqueEmail("other"), "correct horse battery staple", "Other", "client"));
        var foreign = (await registered.Content.ReadFromJsonAsync<AuthResponse>(Json.Options))!;

        using var client = platform.CreateClient(foreign.AccessToken);
        var response = await client.GetAsync(Routes.Me.Prefix);
        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "/problems/unauthenticated");
    }

    [Theory]
    [InlineData("client")]
    [InlineData("counselor")]
    public async Task OnlyOperatorsMayLookUpAccounts(string role)
    {
        var user = await platform.RegisterAsync(role);
        using var client = platform.CreateClient(user.AccessToken);
        var response = await client.GetAsync($"{Routes.OperatorAccounts.Prefix}?email={Uri.EscapeDataString(user.User.Email)}");
        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "/problems/forbidden");
    }

    [Fact]
    public async Task AnOperatorCreatedBySeedingCanLookUpAccounts()
    {
        var operatorEmail = PlatformFixture.UniqueEmail("operator");
        await using var api = platform.NewApi(new Dictionary<string, string?>
        {
            ["Seed:Operator:Email"] = operatorEmail,
            ["Seed:Operator:Password"] = "operator pass phrase for tests",
            ["Seed:Operator:DisplayName"] = "Test Operator",
        });
        using var client = api.CreateClient();
        var login = await Eventually(() => client.PostAsJsonAsync(Routes.Auth.Login, new LoginRequest(operatorEmail, "operator pass phrase for tests")));
        var auth = (await login.Content.ReadFromJsonAsync<AuthResponse>(Json.Options))!;
        Assert.Equal("operator", auth.User.Role);
        var target = await platform.RegisterAsync("client");

        using var operatorClient = platform.CreateClient(auth.AccessToken);
        var found = await operatorClient.GetFromJsonAsync<UserResponse>($"{Routes.OperatorAccounts.Prefix}?email={Uri.EscapeDataString(target.User.Email.ToUpperInvariant())}", Json.Options);
        Assert.Equal(target.User.Id, found!.Id);
    }

    [Fact]
    public async Task UnknownRoutesAnswerWithA404Problem()
    {
        using var client = platform.CreateClient();
        var response = await client.GetAsync("/api/does-not-exist");
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Unauthorized);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"type\"", body, StringComparison.Ordinal);
    }

    /// <summary>The seeder runs in the background after the host starts; give it a few seconds.</summary>
    private static async Task<HttpResponseMessage> Eventually(Func<Task<HttpResponseMessage>> attempt)
    {
        for (var i = 0; ; i++)
        {
            var response = await attempt();
            if (response.IsSuccessStatusCode || i == 50)
            {
                return response;
            }

            await Task.Delay(200);
        }
    }
}
