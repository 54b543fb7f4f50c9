using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Counseling.Api.Apis;
using Counseling.GrainInterfaces.Purchases;
using Counseling.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Counseling.Tests.Web;

[Collection(PlatformCollection.Name)]
public sealed partial class PurchasePageTests(PlatformFixture platform)
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task ACounselorSellsAPackageAndAClientBuysItAndBooksWithACreditOnAPhone()
    {
        var browser = await platform.BrowserAsync();
        var counselor = await platform.BookableCounselorAsync(Scenario.Profile("Dr. Package Page"));
        var counselorPage = await browser.SignedInPageAsync(counselor.Auth.User.Email, Password);
        await counselorPage.GotoAsync("/#/settings");
        var editor = counselorPage.Locator("#package-offers");
        await editor.GetByLabel("Name").FillAsync("Four to start");
        await editor.GetByLabel("Sessions").FillAsync("4");
        await editor.GetByLabel("Price (USD)").FillAsync("280");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Add package" }).ClickAsync();
        var terms = counselorPage.GetByRole(AriaRole.Dialog); // nothing goes on sale before its exact terms are confirmed
        await Assertions.Expect(terms).ToContainTextAsync("“Four to start”: 4 × 50-minute sessions for $280.00 in all, to use within 90 days.");
        await Assertions.Expect(terms).ToContainTextAsync("$70.00 a session: 13% less than 4 single sessions ($320.00)");
        await terms.GetByRole(AriaRole.Button, new() { Name = "Publish for $280.00" }).ClickAsync();
        await Assertions.Expect(counselorPage.Locator("#toast")).ToContainTextAsync("Package added");
        await Assertions.Expect(editor.Locator(".packages li")).ToContainTextAsync("Four to start — 4 × 50 min for $280.00 ($70.00 a session, save 13%)");
        var contentEditor = counselorPage.Locator("#content-offers");
        await contentEditor.GetByLabel("Title").FillAsync("Calm in ten minutes a day");
        await contentEditor.GetByRole(AriaRole.Button, new() { Name = "List for sale" }).ClickAsync();
        await Assertions.Expect(contentEditor.Locator(".packages li")).ToContainTextAsync("Calm in ten minutes a day");
        await counselorPage.Context.CloseAsync();

        var client = await platform.RegisterAsync("client", displayName: "Paula Package");
        var page = await browser.SignedInPageAsync(client.User.Email, Password, phone: true);
        await page.GotoAsync($"/#/counselors/{counselor.Id}");
        var offer = page.Locator(".package").Filter(new() { HasText = "Four to start" });
        await Assertions.Expect(offer).ToContainTextAsync("save 13%"); // 280 instead of 4 × 80
        await offer.GetByRole(AriaRole.Button, new() { Name = "Buy for $280.00" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Simulated payment: no real money moves.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Pay $280.00" }).ClickAsync();
        await Assertions.Expect(page.Locator("#credits")).ToContainTextAsync("4 of 4");
        await Assertions.Expect(page.Locator("#orders")).ToContainTextAsync("Paid");
        await BrowserSession.ScreenshotAsync(page, "package-bought-phone");

        await page.Locator("#credits").GetByRole(AriaRole.Link, new() { Name = "Book with a credit" }).ClickAsync();
        await page.Locator("button.slot").First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Use a package credit (4 left)" }).ClickAsync();
        await Assertions.Expect(page.Locator(".appointment").Filter(new() { HasText = "Dr. Package Page" }).Locator(".badge")).ToHaveTextAsync("Confirmed");
        await page.GotoAsync("/#/wallet");
        await Assertions.Expect(page.Locator("#credits")).ToContainTextAsync("3 of 4");
        await Assertions.Expect(page.Locator(".statement")).ToContainTextAsync("Package credit for the session with Dr. Package Page");
        await BrowserSession.ScreenshotAsync(page, "package-credit-used-phone");

        // Paid content from the same counselor: bought once, then shown as owned.
        await page.GotoAsync($"/#/counselors/{counselor.Id}");
        var course = page.Locator(".content-offer").Filter(new() { HasText = "Calm in ten minutes a day" });
        await course.GetByRole(AriaRole.Button, new() { Name = "Buy for $29.00" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Pay $29.00" }).ClickAsync();
        await Assertions.Expect(page.Locator("#library")).ToContainTextAsync("Calm in ten minutes a day");
        await page.GotoAsync($"/#/counselors/{counselor.Id}");
        await Assertions.Expect(page.Locator(".content-offer").Filter(new() { HasText = "Calm in ten minutes a day" })).ToContainTextAsync("In your library");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AClientJoinsAMembershipPausesItAndCancelsAtPeriodEnd()
    {
        var browser = await platform.BrowserAsync();
        var client = await platform.RegisterAsync("client", displayName: "Mel Member");
        var page = await browser.SignedInPageAsync(client.User.Email, Password, phone: true);
        await page.GotoAsync("/#/wallet");
        var plus = page.Locator(".plan").Filter(new() { HasText = "20% off" });
        await plus.GetByRole(AriaRole.Button, new() { NameRegex = JoinRegex() }).ClickAsync();
        await Assertions.Expect(page.GetByText("Renews every 30 days until you cancel.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = PayRegex() }).ClickAsync();

        var card = page.Locator("#membership");
        await Assertions.Expect(card).ToHaveAttributeAsync("data-status", "active");
        await Assertions.Expect(card).ToContainTextAsync("Renews on");
        await card.GetByLabel("Pause for").SelectOptionAsync("3");
        await card.GetByRole(AriaRole.Button, new() { Name = "Pause" }).ClickAsync();
        await Assertions.Expect(card).ToHaveAttributeAsync("data-status", "paused");
        await card.GetByRole(AriaRole.Button, new() { Name = "Resume now" }).ClickAsync();
        await Assertions.Expect(card).ToHaveAttributeAsync("data-status", "active");
        // Resumed within seconds: no pause day was used.
        await Assertions.Expect(card.GetByText("Pause for (7 of 7 days left this month)")).ToBeVisibleAsync();
        await BrowserSession.AssertAccessibleAsync(page);
        await card.GetByRole(AriaRole.Button, new() { Name = "Cancel membership" }).ClickAsync();
        await Assertions.Expect(card).ToContainTextAsync("then it ends (you cancelled)");
        await BrowserSession.ScreenshotAsync(page, "membership-cancelled-phone");

        using var api = platform.CreateClient(client.AccessToken);
        var membership = (await api.GetFromJsonAsync<MembershipView>(Routes.Membership.Prefix, Json.Options))!;
        Assert.True(membership.CancelAtPeriodEnd);
        Assert.Equal(MembershipStatus.Active, membership.Status);
        await page.Context.CloseAsync();
    }

    [GeneratedRegex("^Join ")]
    private static partial Regex JoinRegex();

    [GeneratedRegex("^Pay ")]
    private static partial Regex PayRegex();
}
