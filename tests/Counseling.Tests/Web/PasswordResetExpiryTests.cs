using System.Net;
using System.Net.Http.Json;
using Counseling.Api.Apis;
using Counseling.Api.Contracts;
using Counseling.Tests.Api;
using Counseling.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Counseling.Tests.Web;

/// <summary>A reset link lapses after 30 minutes by the grains' clock; before that, a person resets in the browser.</summary>
[Collection(ClockedPlatformCollection.Name)]
public sealed class PasswordResetExpiryTests(ClockedPlatformFixture platform)
{
    [Fact]
    public async Task ALinkOlderThanThirtyMinutesNoLongerWorks()
    {
        var user = await platform.RegisterAsync("client");
        var token = await PasswordResetTests.RequestTokenAsync(platform, user.User.Email);
        platform.Clock.Advance(TimeSpan.FromMinutes(31));
        using var anonymous = platform.CreateClient();
        var late = await anonymous.PostAsJsonAsync(Routes.Auth.PasswordResetConfirm, new PasswordResetConfirmRequest(token, "a brand new lantern over the river"));
        await late.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/reset-link-invalid");
    }

    [Fact]
    public async Task APersonWhoForgotTheirPasswordResetsItFromTheEmailAndSignsIn()
    {
        var browser = await platform.BrowserAsync();
        var user = await platform.RegisterAsync("client", displayName: "Browser Bea");
        var page = await browser.NewPageAsync(phone: true);
        await page.GotoAsync("/#/");
        await page.GotoAsync("/#/forgot-password");
        await page.GetByLabel("Email").FillAsync(user.User.Email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the link" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("If an account uses this address");
        await BrowserSession.AssertAccessibleAsync(page);

        var mail = await Eventually.UntilAsync(() => Task.FromResult(platform.Mail.To(user.User.Email)), m => m.Length == 1, "the reset email");
        var link = System.Text.RegularExpressions.Regex.Match(mail[0].TextBody ?? "", @"https?://\S+reset-password\?token=\S+").Value;
        await page.GotoAsync("/" + link[link.IndexOf("#/", StringComparison.Ordinal)..]);
        await page.GetByLabel("New password").FillAsync("password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the new password" }).ClickAsync();
        await Assertions.Expect(page.Locator(".field-error[data-for=password]")).Not.ToBeEmptyAsync();
        await page.GetByLabel("New password").FillAsync("a brand new lantern over the river");
        await BrowserSession.ScreenshotAsync(page, "password-reset-phone");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the new password" }).ClickAsync();
        await Assertions.Expect(page.Locator("#toast")).ToContainTextAsync("Your password is changed");

        using var anonymous = platform.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync(Routes.Auth.Login, new LoginRequest(user.User.Email, "a brand new lantern over the river"))).StatusCode);
    }
}
