using System.Net.Http.Json;
using Counseling.Api.Apis;
using Counseling.Api.Contracts;
using Counseling.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Counseling.Tests.Web;

[Collection(PlatformCollection.Name)]
public sealed class SettlementPageTests(PlatformFixture platform)
{
    [Fact]
    public async Task ACounselorAppliesForSettlementAndAnOperatorApprovesIt()
    {
        var browser = await platform.BrowserAsync();
        var counselor = await platform.BookableCounselorAsync(Scenario.Profile("Dr. Settle"));
        var client = platform.CreateClient((await platform.RegisterAsync("client")).AccessToken);
        var booked = await client.BookAsync(counselor.Id, Scenario.SlotAhead(TimeSpan.FromHours(2)));
        (await client.PostAsJsonAsync(Routes.Appointments.Cancel(booked.Id), new CancelRequest(null))).EnsureSuccessStatusCode(); // late: earned

        var counselorPage = await browser.SignedInPageAsync(counselor.Auth.User.Email, "correct horse battery staple");
        await counselorPage.GotoAsync("/#/wallet");
        await Assertions.Expect(counselorPage.GetByText("1 earning not yet settled: $68.00.")).ToBeVisibleAsync();
        await counselorPage.GetByRole(AriaRole.Button, new() { Name = "Set up payouts" }).ClickAsync();
        await Assertions.Expect(counselorPage.Locator(".payout-account")).ToHaveAttributeAsync("data-ready", "true");
        await Assertions.Expect(counselorPage.Locator(".payout-account")).ToContainTextAsync("Simulated: no real bank account.");
        await counselorPage.GetByRole(AriaRole.Button, new() { Name = "Apply for settlement" }).ClickAsync();
        await Assertions.Expect(counselorPage.Locator(".applications li")).ToContainTextAsync("Waiting for review");

        var operatorPage = await browser.SignedInPageAsync(PlatformFixture.OperatorEmail, PlatformFixture.OperatorPassword);
        await operatorPage.GotoAsync("/#/settlements");
        var entry = operatorPage.Locator("article").Filter(new() { HasText = "Dr. Settle" }); // a name, never an id
        await Assertions.Expect(entry).ToContainTextAsync("1 earning(s) · $68.00");
        await BrowserSession.AssertAccessibleAsync(operatorPage);
        await entry.GetByRole(AriaRole.Button, new() { Name = "Approve and pay" }).ClickAsync();
        var confirm = operatorPage.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(confirm).ToContainTextAsync("Pay out $68.00?");
        await Assertions.Expect(confirm).ToContainTextAsync("1 earning(s) of Dr. Settle are transferred");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Approve and pay $68.00" }).ClickAsync();
        await Assertions.Expect(operatorPage.Locator("#toast")).ToContainTextAsync("Approved and paid out.");

        await Assertions.Expect(counselorPage.Locator("#toast")).ToContainTextAsync("Settlement paid"); // live
        await counselorPage.ReloadAsync();
        await Assertions.Expect(counselorPage.Locator(".applications li")).ToContainTextAsync("Paid");
        await BrowserSession.ScreenshotAsync(counselorPage, "counselor-earnings-settled");
        await counselorPage.Context.CloseAsync();
        await operatorPage.Context.CloseAsync();
    }
}
