using Counseling.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Counseling.Tests.Web;

[Collection(PlatformCollection.Name)]
public sealed class AppointmentPageTests(PlatformFixture platform)
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task ATimelyCancellationSaysWhatComesBackAndTheAppointmentShowsTheRefund()
    {
        var browser = await platform.BrowserAsync();
        var counselor = await platform.BookableCounselorAsync(Scenario.Profile("Dr. Refund Shown", price: 9000));
        var client = await platform.RegisterAsync("client", displayName: "Rafa Refund");
        using var api = platform.CreateClient(client.AccessToken);
        await api.BookAsync(counselor.Id, Scenario.SlotAhead(TimeSpan.FromDays(3)));

        var page = await browser.SignedInPageAsync(client.User.Email, Password);
        await page.GotoAsync("/#/appointments");
        var item = page.Locator(".appointment").Filter(new() { HasText = "Dr. Refund Shown" });
        await item.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        var confirm = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(confirm).ToContainTextAsync("You get $90.00 back to your card in full.");
        await BrowserSession.AssertAccessibleAsync(page);

        // Backing out changes nothing.
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Keep the session" }).ClickAsync();
        await Assertions.Expect(confirm).ToBeHiddenAsync();
        await Assertions.Expect(item.Locator(".badge")).ToHaveTextAsync("Confirmed");

        await item.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Cancel and refund $90.00" }).ClickAsync();
        await Assertions.Expect(page.Locator("#toast")).ToContainTextAsync("$90.00 is on its way back to your card.");

        await page.GetByRole(AriaRole.Link, new() { Name = "Past" }).ClickAsync();
        var past = page.Locator(".appointment").Filter(new() { HasText = "Dr. Refund Shown" });
        await Assertions.Expect(past.Locator(".badge")).ToHaveTextAsync("Cancelled");
        await Assertions.Expect(past.Locator(".refund")).ToContainTextAsync("Refunded $90.00 to your card.");
        await BrowserSession.AssertAccessibleAsync(page);
        await BrowserSession.ScreenshotAsync(page, "appointment-refund-shown");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TypingInTheCancellationReasonSurvivesALiveUpdate()
    {
        var browser = await platform.BrowserAsync();
        var counselor = await platform.BookableCounselorAsync(Scenario.Profile("Dr. Live Update"));
        var client = await platform.RegisterAsync("client", displayName: "Lee Typing");
        using var api = platform.CreateClient(client.AccessToken);
        await api.BookAsync(counselor.Id, Scenario.SlotAhead(TimeSpan.FromDays(4)));

        var page = await browser.SignedInPageAsync(client.User.Email, Password);
        await page.GotoAsync("/#/appointments");
        var item = page.Locator(".appointment").Filter(new() { HasText = "Dr. Live Update" });
        await item.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        var reason = page.GetByRole(AriaRole.Dialog).GetByLabel("Reason (optional)");
        await reason.FillAsync("Something came up at work");

        // A second booking arrives while the person types: the list reloads behind the dialog.
        await BrowserSession.WaitForLiveAsync(page);
        await api.BookAsync(counselor.Id, Scenario.SlotAhead(TimeSpan.FromDays(5)));
        await Assertions.Expect(page.Locator("#toast")).ToContainTextAsync("Your session is booked");
        await Assertions.Expect(page.Locator(".appointment").Filter(new() { HasText = "Dr. Live Update" })).ToHaveCountAsync(2);
        await Assertions.Expect(reason).ToHaveValueAsync("Something came up at work");
        await Assertions.Expect(reason).ToBeFocusedAsync();
        await page.Context.CloseAsync();
    }
}
