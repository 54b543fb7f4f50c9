using Counseling.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Counseling.Tests.Web;

[Collection(PlatformCollection.Name)]
public sealed class BookingPageTests(PlatformFixture platform)
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task AClientBooksInTheBrowserAndTheCounselorsOpenPageShowsItWithoutAReload()
    {
        var browser = await platform.BrowserAsync();
        var counselor = await platform.BookableCounselorAsync(Scenario.Profile("Dr. Browser Booking"));
        var client = await platform.RegisterAsync("client", displayName: "Bea Browser");

        var counselorPage = await browser.SignedInPageAsync(counselor.Auth.User.Email, Password);
        await counselorPage.GotoAsync("/#/appointments");
        await Assertions.Expect(counselorPage.GetByText("Nothing booked yet.")).ToBeVisibleAsync();

        var clientPage = await browser.SignedInPageAsync(client.User.Email, Password, phone: true);
        await clientPage.GotoAsync($"/#/counselors/{counselor.Id}");
        await Assertions.Expect(clientPage.GetByRole(AriaRole.Heading, new() { Name = "Dr. Browser Booking" })).ToBeVisibleAsync();
        // Round-the-clock hours: a week of times, one day shown at a time.
        var days = clientPage.GetByRole(AriaRole.Tab);
        await Assertions.Expect(days.First).ToHaveAttributeAsync("aria-selected", "true");
        Assert.InRange(await days.CountAsync(), 6, 7); // 6 when today's last free time passed while the page loaded
        var today = await clientPage.Locator("button.slot").First.GetAttributeAsync("data-start");
        await days.Nth(1).ClickAsync();
        await Assertions.Expect(days.Nth(1)).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(clientPage.Locator("button.slot").First).Not.ToHaveAttributeAsync("data-start", today!);
        Assert.True(DateTimeOffset.Parse(await clientPage.Locator("button.slot").First.GetAttributeAsync("data-start") ?? "", System.Globalization.CultureInfo.InvariantCulture)
            > DateTimeOffset.Parse(today!, System.Globalization.CultureInfo.InvariantCulture));
        await days.First.ClickAsync();

        var firstSlot = clientPage.Locator("button.slot").First;
        await firstSlot.ClickAsync();
        await Assertions.Expect(clientPage.GetByText("This time is held for you")).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(clientPage, "booking-hold-phone");
        await clientPage.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Pay .* and book$") }).ClickAsync();
        await Assertions.Expect(clientPage.GetByText("Simulated payment: no real money moves.")).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(clientPage, "booking-simulated-payment-phone");
        await BrowserSession.AssertAccessibleAsync(clientPage);
        await clientPage.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Pay ") }).ClickAsync();
        await Assertions.Expect(clientPage.Locator("#toast")).ToContainTextAsync("Payment received");
        await BrowserSession.ScreenshotAsync(clientPage, "booking-confirmed-phone");

        // The counselor's page was open all along: the toast and the list update live.
        await Assertions.Expect(counselorPage.Locator("#toast")).ToContainTextAsync("New booking");
        await Assertions.Expect(counselorPage.Locator("#toast")).ToContainTextAsync("Bea Browser");
        await Assertions.Expect(counselorPage.Locator(".appointment").Filter(new() { HasText = "Client: Bea Browser" })).ToBeVisibleAsync();
        await Assertions.Expect(counselorPage.Locator("#unread")).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(counselorPage, "counselor-live-notification");

        // The client sees it in their list and can cancel it there; the refund shows under Payments.
        await clientPage.GotoAsync("/#/appointments");
        var item = clientPage.Locator(".appointment").Filter(new() { HasText = "Dr. Browser Booking" });
        await Assertions.Expect(item.Locator(".badge")).ToHaveTextAsync("Confirmed");
        await item.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        // An in-page confirmation says what happens to the money before anything happens.
        var confirm = clientPage.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(confirm).ToContainTextAsync("so the session fee of $80.00 is kept and nothing is refunded.");
        await BrowserSession.ScreenshotAsync(clientPage, "cancel-late-confirmation-phone");
        await confirm.GetByLabel("Reason (optional)").FillAsync("plans changed");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Cancel without a refund" }).ClickAsync();
        await Assertions.Expect(clientPage.Locator("#toast")).ToContainTextAsync("As it was cancelled late, nothing was refunded.");
        await Assertions.Expect(clientPage.GetByText("Nothing booked yet.")).ToBeVisibleAsync();
        await Assertions.Expect(counselorPage.Locator("#toast")).ToContainTextAsync("cancelled");
        await clientPage.GotoAsync("/#/wallet");
        // It started within 24 hours, so the cancellation is late and the fee is kept, as the confirmation said.
        await Assertions.Expect(clientPage.Locator(".statement")).ToContainTextAsync("Payment for the session with Dr. Browser Booking");
        await Assertions.Expect(clientPage.Locator(".statement")).ToContainTextAsync("Session with Dr. Browser Booking (cancelled late)");

        await counselorPage.Context.CloseAsync();
        await clientPage.Context.CloseAsync();
    }

    [Fact]
    public async Task ACounselorSetsUpTheirProfileLicenseAndHoursAndAnOperatorVerifiesThem()
    {
        var browser = await platform.BrowserAsync();
        var counselorAuth = await platform.RegisterAsync("counselor", displayName: "Nia New");
        var page = await browser.SignedInPageAsync(counselorAuth.User.Email, Password);
        await page.GotoAsync("/#/settings");

        await page.GetByLabel("About you").FillAsync("I work with anxiety and stress at work.");
        await page.GetByLabel("Anxiety").CheckAsync();
        await page.GetByLabel("Your time zone").SelectOptionAsync("Europe/Berlin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Assertions.Expect(page.Locator("#toast")).ToContainTextAsync("Profile saved.");

        await page.GetByLabel("License number").FillAsync("BER-77");
        await page.GetByLabel("Issuing jurisdiction").FillAsync("Berlin");
        await page.GetByLabel("Expires on").FillAsync(DateTime.UtcNow.AddYears(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit for verification" }).ClickAsync();
        await Assertions.Expect(page.Locator(".credential-status")).ToHaveTextAsync("Waiting for verification by our team.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add hours on monday" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add hours on tuesday" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save hours" }).ClickAsync();
        await Assertions.Expect(page.Locator("#toast")).ToContainTextAsync("Hours saved.");
        await BrowserSession.ScreenshotAsync(page, "counselor-settings");
        await BrowserSession.AssertAccessibleAsync(page);
        // After submitting a license, navigation still works without a reload.
        await page.GetByRole(AriaRole.Link, new() { Name = "Appointments" }).ClickAsync();
        await Assertions.Expect(page).ToHaveTitleAsync("Appointments · Counseling");
        await page.GetByRole(AriaRole.Link, new() { Name = "Profile & hours" }).ClickAsync();
        await Assertions.Expect(page.Locator(".credential-status")).ToHaveTextAsync("Waiting for verification by our team.");

        var operatorPage = await browser.SignedInPageAsync(PlatformFixture.OperatorEmail, PlatformFixture.OperatorPassword);
        await operatorPage.GotoAsync("/#/verifications");
        var entry = operatorPage.Locator($"[data-counselor='{counselorAuth.User.Id}']");
        await Assertions.Expect(entry).ToContainTextAsync("BER-77");
        await BrowserSession.ScreenshotAsync(operatorPage, "operator-verification-queue");
        await BrowserSession.AssertAccessibleAsync(operatorPage);
        await entry.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
        var confirm = operatorPage.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(confirm).ToContainTextAsync("License BER-77");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
        await Assertions.Expect(entry).ToHaveCountAsync(0);

        // The counselor hears about it live and is now bookable.
        await Assertions.Expect(page.Locator("#toast")).ToContainTextAsync("verified");
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByText("You are bookable and listed in the directory.")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
        await operatorPage.Context.CloseAsync();
    }
}
