using Counseling.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Counseling.Tests.Web;

/// <summary>A package's price is checked against single sessions as it is typed, and confirmed with its exact terms.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PackageEditorTests(PlatformFixture platform)
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task ThePerSessionPriceFollowsTheSessionCountAndNothingGoesOnSaleUnconfirmed()
    {
        var browser = await platform.BrowserAsync();
        var counselor = await platform.BookableCounselorAsync(Scenario.Profile("Dr. Careful Pricing"));
        var page = await browser.SignedInPageAsync(counselor.Auth.User.Email, Password);
        await page.GotoAsync("/#/settings");
        var editor = page.Locator("#package-offers");
        var comparison = editor.Locator(".comparison");
        await Assertions.Expect(comparison).ToHaveTextAsync("The price for all 4 sessions. 4 single sessions cost $320.00.");

        await editor.GetByLabel("Name").FillAsync("Six for less");
        await editor.GetByLabel("Price (USD)").FillAsync("280");
        await Assertions.Expect(comparison).ToHaveTextAsync("$70.00 a session: 13% less than 4 single sessions ($320.00), a saving of $40.00.");
        // The count changes after the price was typed: the saving is recomputed, not left at the old figure.
        await editor.GetByLabel("Sessions").FillAsync("6");
        await Assertions.Expect(comparison).ToHaveTextAsync("$46.67 a session: 42% less than 6 single sessions ($480.00), a saving of $200.00.");

        await editor.GetByRole(AriaRole.Button, new() { Name = "Add package" }).ClickAsync();
        var confirm = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(confirm).ToContainTextAsync("“Six for less”: 6 × 50-minute sessions for $280.00 in all, to use within 90 days.");
        await Assertions.Expect(confirm).ToContainTextAsync("42% less than 6 single sessions");
        await BrowserSession.AssertAccessibleAsync(page);
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Change it" }).ClickAsync();
        await Assertions.Expect(confirm).ToBeHiddenAsync();
        await Assertions.Expect(editor.Locator(".packages li")).ToHaveCountAsync(0); // backing out puts nothing on sale

        await editor.GetByLabel("Price (USD)").FillAsync("");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Add package" }).ClickAsync();
        await Assertions.Expect(editor.Locator(".field-error[data-for=priceMinor]")).ToContainTextAsync("Write the price for all sessions");
        await Assertions.Expect(confirm).ToBeHiddenAsync();

        await editor.GetByLabel("Price (USD)").FillAsync("432");
        await Assertions.Expect(comparison).ToHaveTextAsync("$72.00 a session: 10% less than 6 single sessions ($480.00), a saving of $48.00.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Add package" }).ClickAsync();
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Publish for $432.00" }).ClickAsync();
        await Assertions.Expect(page.Locator("#toast")).ToContainTextAsync("Package added");
        await Assertions.Expect(editor.Locator(".packages li")).ToContainTextAsync("Six for less — 6 × 50 min for $432.00 ($72.00 a session, save 10%), valid 90 days");
        await BrowserSession.AssertAccessibleAsync(page);
        await BrowserSession.ScreenshotAsync(page, "package-editor");
        await page.Context.CloseAsync();

        var phone = await browser.SignedInPageAsync(counselor.Auth.User.Email, Password, phone: true);
        await phone.GotoAsync("/#/settings");
        await phone.Locator("#package-offers").GetByLabel("Price (USD)").FillAsync("300");
        await Assertions.Expect(phone.Locator("#package-offers .comparison")).ToContainTextAsync("$75.00 a session: 6% less than 4 single sessions");
        await BrowserSession.AssertAccessibleAsync(phone);
        await BrowserSession.ScreenshotAsync(phone, "package-editor-phone");
        await phone.Context.CloseAsync();
    }
}
