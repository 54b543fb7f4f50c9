using System.Net;
using System.Net.Http.Json;
using System.Text;
using Counseling.Api.Apis;
using Counseling.Api.Contracts;
using Counseling.Tests.Infrastructure;

namespace Counseling.Tests.Api;

[Collection(PlatformCollection.Name)]
public sealed class AuthApiTests(PlatformFixture platform)
{
    private const string GoodPassword = "correct horse battery staple";

    private static readonly string[] BadRequestTypes = ["/problems/validation", "/problems/malformed-request"];

    [Fact]
    public async Task RegisteringReturnsTokensAndTheProfileThatMeShows()
    {
        var email = PlatformFixture.UniqueEmail("reg");
        using var client = platform.CreateClient();

        var response = await client.PostAsJsonAsync(Routes.Auth.Register, new RegisterRequest($"  {email.ToUpperInvariant()} ", GoodPassword, " Ada Lovelace ", "counselor"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var auth = (await response.Content.ReadFromJsonAsync<AuthResponse>(Json.Options))!;
        Assert.Equal(email, auth.User.Email);
        Assert.Equal("Ada Lovelace", auth.User.DisplayName);
        Assert.Equal("counselor", auth.User.Role);
        Assert.True(auth.AccessTokenExpiresAt <= DateTimeOffset.UtcNow.AddMinutes(15.1));

        using var authed = platform.CreateClient(auth.AccessToken);
        var me = await authed.GetFromJsonAsync<UserResponse>(Routes.Me.Prefix, Json.Options);
        Assert.Equal(auth.User, me);
    }

    [Theory]
    [InlineData("{0}")]
    [InlineData("{0}  ")]
    [InlineData("  {0}")]
    [InlineData("UPPER")]
    [InlineData("MiXeD")]
    public async Task ASecondAccountWithTheSameEmailInAnyCaseOrSpacingGetsConflict(string variant)
    {
        var email = PlatformFixture.UniqueEmail("dup");
        await platform.RegisterAsync(email: email);
        var duplicate = variant switch
        {
            "UPPER" => email.ToUpperInvariant(),
            "MiXeD" => char.ToUpperInvariant(email[0]) + email[1..4].ToUpperInvariant() + email[4..],
            _ => string.Format(System.Globalization.CultureInfo.InvariantCulture, variant, email),
        };
        using var client = platform.CreateClient();

        var response = await client.PostAsJsonAsync(Routes.Auth.Register, new RegisterRequest(duplicate, GoodPassword, "Someone Else", "client"));

        await response.AssertProblemAsync(HttpStatusCode.Conflict, "/problems/email-taken");
    }

    [Fact]
    public async Task ConcurrentSignUpsForOneEmailCreateExactlyOneAccount()
    {
        var email = PlatformFixture.UniqueEmail("race");
        using var client = platform.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            client.PostAsJsonAsync(Routes.Auth.Register, new RegisterRequest(email, GoodPassword, $"Racer {i}", "client"))));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(7, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task LoginWithTheRightPasswordSucceedsWhateverTheEmailCase()
    {
        var email = PlatformFixture.UniqueEmail("login");
        await platform.RegisterAsync(email: email);
        using var client = platform.CreateClient();

        var response = await client.PostAsJsonAsync(Routes.Auth.Login, new LoginRequest(" " + email.ToUpperInvariant(), GoodPassword));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var auth = (await response.Content.ReadFromJsonAsync<AuthResponse>(Json.Options))!;
        Assert.Equal(email, auth.User.Email);
    }

    [Fact]
    public async Task AWrongPasswordAndAnUnknownEmailGetTheSameAnswer()
    {
        var email = PlatformFixture.UniqueEmail("wrong");
        await platform.RegisterAsync(email: email);
        using var client = platform.CreateClient();

        var wrongPassword = await client.PostAsJsonAsync(Routes.Auth.Login, new LoginRequest(email, "not the password at all"));
        var unknownEmail = await client.PostAsJsonAsync(Routes.Auth.Login, new LoginRequest(PlatformFixture.UniqueEmail("nobody"), "not the password at all"));

        var a = await wrongPassword.AssertProblemAsync(HttpStatusCode.Unauthorized, "/problems/invalid-credentials");
        var b = await unknownEmail.AssertProblemAsync(HttpStatusCode.Unauthorized, "/problems/invalid-credentials");
        Assert.Equal(a.GetProperty("title").GetString(), b.GetProperty("title").GetString());
        Assert.Equal(a.TryGetProperty("detail", out var da) ? da.GetString() : null, b.TryGetProperty("detail", out var db) ? db.GetString() : null);
    }

    [Fact]
    public async Task RepeatedFailuresLockTheAccountEvenForTheRightPassword()
    {
        var email = PlatformFixture.UniqueEmail("lock");
        await platform.RegisterAsync(email: email);
        using var client = platform.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            var failed = await client.PostAsJsonAsync(Routes.Auth.Login, new LoginRequest(email, $"wrong guess number {i}"));
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        var rightPassword = await client.PostAsJsonAsync(Routes.Auth.Login, new LoginRequest(email, GoodPassword));
        await rightPassword.AssertProblemAsync(HttpStatusCode.Unauthorized, "/problems/invalid-credentials");
    }

    [Fact]
    public async Task ARefreshTokenRotatesAndItsReuseRevokesTheWholeSignIn()
    {
        var first = await platform.RegisterAsync();
        using var client = platform.CreateClient();

        var rotated = await client.PostAsJsonAsync(Routes.Auth.Refresh, new RefreshRequest(first.RefreshToken));
        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        var second = (await rotated.Content.ReadFromJsonAsync<AuthResponse>(Json.Options))!;
        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        Assert.Equal(first.User.Id, second.User.Id);

        var replay = await client.PostAsJsonAsync(Routes.Auth.Refresh, new RefreshRequest(first.RefreshToken));
        await replay.AssertProblemAsync(HttpStatusCode.Unauthorized, "/problems/refresh-token-reused");

        // The thief's replay also ended the legitimate holder's sign-in.
        var afterReuse = await client.PostAsJsonAsync(Routes.Auth.Refresh, new RefreshRequest(second.RefreshToken));
        await afterReuse.AssertProblemAsync(HttpStatusCode.Unauthorized, "/problems/invalid-refresh-token");
    }

    [Fact]
    public async Task LogoutRevokesTheRefreshTokenAndLeavesOtherSignInsAlone()
    {
        var email = PlatformFixture.UniqueEmail("logout");
        var phone = await platform.RegisterAsync(email: email);
        using var client = platform.CreateClient();
        var laptopResponse = await client.PostAsJsonAsync(Routes.Auth.Login, new LoginRequest(email, GoodPassword));
        var laptop = (await laptopResponse.Content.ReadFromJsonAsync<AuthResponse>(Json.Options))!;

        var logout = await client.PostAsJsonAsync(Routes.Auth.Logout, new LogoutRequest(phone.RefreshToken));
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);

        var refreshPhone = await client.PostAsJsonAsync(Routes.Auth.Refresh, new RefreshRequest(phone.RefreshToken));
        await refreshPhone.AssertProblemAsync(HttpStatusCode.Unauthorized, "/problems/invalid-refresh-token");
        var refreshLaptop = await client.PostAsJsonAsync(Routes.Auth.Refresh, new RefreshRequest(laptop.RefreshToken));
        Assert.Equal(HttpStatusCode.OK, refreshLaptop.StatusCode);

        var again = await client.PostAsJsonAsync(Routes.Auth.Logout, new LogoutRequest(phone.RefreshToken));
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
    }

    [Theory]
    [InlineData("garbage-token")]
    [InlineData("0123456789abcdef0123456789abcdef.notarealsecret")]
    public async Task AnUnknownRefreshTokenIsRefused(string token)
    {
        using var client = platform.CreateClient();
        var response = await client.PostAsJsonAsync(Routes.Auth.Refresh, new RefreshRequest(token));
        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "/problems/invalid-refresh-token");
    }

    [Theory]
    [InlineData("password")]
    [InlineData("12345678")]
    [InlineData("qwertyuiop")]
    [InlineData("iloveyou1")]
    public async Task CommonPasswordsAreRefusedNamingThePasswordField(string password)
    {
        using var client = platform.CreateClient();
        var response = await client.PostAsJsonAsync(Routes.Auth.Register, new RegisterRequest(PlatformFixture.UniqueEmail("weak"), password, "Weak Person", "client"));
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.Contains("password", problem.ErrorFields());
    }

    [Fact]
    public async Task OperatorIsNotASelfServiceRole()
    {
        using var client = platform.CreateClient();
        var response = await client.PostAsJsonAsync(Routes.Auth.Register, new RegisterRequest(PlatformFixture.UniqueEmail("op"), GoodPassword, "Would Be Operator", "operator"));
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.Contains("role", problem.ErrorFields());
    }

    [Theory]
    [InlineData("""{"email":"a@b.org","password":"correct horse battery staple","displayName":"x"}""", "role")]
    [InlineData("""{"email":"not-an-email","password":"correct horse battery staple","displayName":"x","role":"client"}""", "email")]
    [InlineData("""{"email":"a@b.org","password":"short","displayName":"x","role":"client"}""", "password")]
    [InlineData("""{"email":"a@b.org","password":"correct horse battery staple","displayName":"","role":"client"}""", "displayname")]
    [InlineData("""{"email":"a@b.org","password":"correct horse battery staple","displayName":"   ","role":"client"}""", "displayname")]
    [InlineData("""{"email":12,"password":"correct horse battery staple","displayName":"x","role":"client"}""", "email")]
    [InlineData("""{"email":"a@b.org","password":["x"],"displayName":"x","role":"client"}""", "password")]
    public async Task InvalidRegistrationFieldsAreNamedInA400(string body, string field)
    {
        using var client = platform.CreateClient();
        var response = await client.PostAsync(Routes.Auth.Register, new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, response.Content.Headers.ContentType is null ? "" : await TypeOf(response));
        Assert.Contains(field, problem.ErrorFields());
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[1,2,3]")]
    public async Task MalformedBodiesGet400NotA500(string body)
    {
        using var client = platform.CreateClient();
        var response = await client.PostAsync(Routes.Auth.Login, new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await response.AssertProblemAsync(HttpStatusCode.BadRequest, await TypeOf(response));
    }

    [Fact]
    public async Task AHugeBodyIsRefusedWith413()
    {
        using var client = platform.CreateClient();
        var huge = new string('x', 100_000);
        var response = await client.PostAsJsonAsync(Routes.Auth.Register, new RegisterRequest("a@b.org", huge, huge, "client"));
        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge, "/problems/payload-too-large");
    }

    [Fact]
    public async Task ScriptLookingNamesAreStoredAndReturnedVerbatim()
    {
        const string name = "<script>alert('x')</script>'; DROP TABLE users; --";
        var auth = await platform.RegisterAsync(displayName: name);
        using var client = platform.CreateClient(auth.AccessToken);
        var me = await client.GetFromJsonAsync<UserResponse>(Routes.Me.Prefix, Json.Options);
        Assert.Equal(name, me!.DisplayName);
    }

    private static async Task<string> TypeOf(HttpResponseMessage response)
    {
        var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var type = json.RootElement.GetProperty("type").GetString()!;
        Assert.Contains(type, BadRequestTypes);
        return type;
    }
}
