using Counseling.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Counseling.Tests.Web;

[Collection(PlatformCollection.Name)]
public sealed class AccountPasswordTests(PlatformFixture platform)
{
    [Fact]
    public async Task APersonChangesTheirPasswordOnAPhoneAndStaysSignedIn()
    {
        var browser = await platform.BrowserAsync();
        var user = await platform.RegisterAsync("client", displayName: "Phone Pat");
        var page = await browser.SignedInPageAsync(user.User.Email, "correct horse battery staple", phone: true);
        await page.GotoAsync("/#/account");
        var signIns = page.Locator(".sign-in-list li");
        await Assertions.Expect(signIns.Filter(new() { HasText = "This device" })).ToHaveCountAsync(1);
        await Assertions.Expect(signIns).ToHaveCountAsync(2); // the sign-up and this browser
        var form = page.Locator("#change-password");
        await form.GetByLabel("Current password").FillAsync("a wrong guess of mine");
        await form.GetByLabel("New password").FillAsync("seven quiet herons fold the map");
        await form.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Assertions.Expect(form.Locator(".field-error[data-for=currentPassword]")).ToHaveTextAsync("That is not your current password.");

        await form.GetByLabel("Current password").FillAsync("correct horse battery staple");
        await form.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Assertions.Expect(page.Locator("#toast")).ToContainTextAsync("Password changed. You stay signed in here");
        await Assertions.Expect(form.GetByLabel("Current password")).ToHaveValueAsync("");
        await page.ReloadAsync();
        await Assertions.Expect(signIns).ToHaveCountAsync(1); // every other sign-in ended with the change
        await Assertions.Expect(signIns.First).ToContainTextAsync("This device");
        await BrowserSession.AssertAccessibleAsync(page);
        await BrowserSession.ScreenshotAsync(page, "account-password-phone");

        await page.ReloadAsync(); // the new tokens were kept: still signed in after a reload
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Your account");
    }
}
