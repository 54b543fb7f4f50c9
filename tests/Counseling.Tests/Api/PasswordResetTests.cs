using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Counseling.Api.Apis;
using Counseling.Api.Contracts;
using Counseling.Tests.Infrastructure;

namespace Counseling.Tests.Api;

/// <summary>Forgotten passwords: a link by email that works once, the same answer for every address, every sign-in ended.</summary>
[Collection(PlatformCollection.Name)]
public sealed partial class PasswordResetTests(PlatformFixture platform)
{
    private const string NewPassword = "a brand new lantern over the river";

    [GeneratedRegex(@"reset-password\?token=([A-Za-z0-9._~%-]+)")]
    private static partial Regex TokenInLink();

    public static async Task<string> RequestTokenAsync(PlatformFixture platform, string email, int expectedEmails = 1)
    {
        using var anonymous = platform.CreateClient();
        var asked = await anonymous.PostAsJsonAsync(Routes.Auth.PasswordReset, new PasswordResetRequest(email));
        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        var mail = await Eventually.UntilAsync(() => Task.FromResult(platform.Mail.To(email).Where(m => m.Subject == "Reset your password").ToArray()),
            m => m.Length >= expectedEmails, "the reset email");
        return Uri.UnescapeDataString(TokenInLink().Match(mail[expectedEmails - 1].TextBody ?? "").Groups[1].Value);
    }

    private async Task<HttpResponseMessage> ResetAsync(string token, string password)
    {
        using var anonymous = platform.CreateClient();
        return await anonymous.PostAsJsonAsync(Routes.Auth.PasswordResetConfirm, new PasswordResetConfirmRequest(token, password));
    }

    [Fact]
    public async Task TheEmailedLinkSetsANewPasswordOnceAndEndsEverySignIn()
    {
        var user = await platform.RegisterAsync("client", displayName: "Forgetful Fran");
        var token = await RequestTokenAsync(platform, user.User.Email);
        Assert.False(string.IsNullOrEmpty(token));

        Assert.Equal(HttpStatusCode.NoContent, (await ResetAsync(token, NewPassword)).StatusCode);

        using var anonymous = platform.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync(Routes.Auth.Login, new LoginRequest(user.User.Email, "correct horse battery staple"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync(Routes.Auth.Login, new LoginRequest(user.User.Email, NewPassword))).StatusCode);
        await (await anonymous.PostAsJsonAsync(Routes.Auth.Refresh, new RefreshRequest(user.RefreshToken)))
            .AssertProblemAsync(HttpStatusCode.Unauthorized, "/problems/invalid-refresh-token"); // the sign-in from before the reset is over

        await (await ResetAsync(token, "yet another long passphrase here")).AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/reset-link-invalid");
    }

    [Fact]
    public async Task AnUnknownAddressGetsTheSameAnswerAndNoEmail()
    {
        var known = await platform.RegisterAsync("client");
        var unknown = PlatformFixture.UniqueEmail("nobody");
        using var anonymous = platform.CreateClient();
        var forKnown = await anonymous.PostAsJsonAsync(Routes.Auth.PasswordReset, new PasswordResetRequest(known.User.Email));
        var forUnknown = await anonymous.PostAsJsonAsync(Routes.Auth.PasswordReset, new PasswordResetRequest(unknown));
        Assert.Equal((forKnown.StatusCode, await forKnown.Content.ReadAsStringAsync()), (forUnknown.StatusCode, await forUnknown.Content.ReadAsStringAsync()));

        await Eventually.UntilAsync(() => Task.FromResult(platform.Mail.To(known.User.Email)), m => m.Length == 1, "the known address's email");
        Assert.Empty(platform.Mail.To(unknown));
        Assert.Equal(0, await TestDatabase.ScalarAsync<long>(platform.ConnectionString, "SELECT count(*) FROM email_outbox WHERE recipient = @to", ("to", unknown)));
    }

    [Fact]
    public async Task AWeakPasswordKeepsTheLinkANewerLinkReplacesTheOldAndForgedTokensAreRefused()
    {
        var user = await platform.RegisterAsync("client", displayName: "Weak Wes");
        var first = await RequestTokenAsync(platform, user.User.Email);
        var weak = await ResetAsync(first, "password");
        Assert.Contains("password", (await weak.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation")).ErrorFields());

        var second = await RequestTokenAsync(platform, user.User.Email, expectedEmails: 2);
        await (await ResetAsync(first, NewPassword)).AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/reset-link-invalid");
        Assert.Equal(HttpStatusCode.NoContent, (await ResetAsync(second, NewPassword)).StatusCode);

        foreach (var forged in new[] { "", "not-a-token", $"{user.User.Id:N}.{new string('A', 43)}", second + "x" })
        {
            var refused = await ResetAsync(forged, NewPassword);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }
    }
}
