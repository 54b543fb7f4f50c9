using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Counseling.Api.Apis;
using Counseling.Api.Contracts;
using Counseling.GrainInterfaces.Purchases;
using Counseling.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Counseling.Tests.Web;

/// <summary>The payments page reads as a statement a person understands, for a client and for a counselor.</summary>
[Collection(PlatformCollection.Name)]
public sealed partial class WalletPageTests(PlatformFixture platform)
{
    private const string Password = "correct horse battery staple";

    /// <summary>Provider references, credit and membership ids, and guids: none belongs on a person's statement.</summary>
    [GeneratedRegex(@"pi_|sim_|credit_|member_|acct_|[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}")]
    private static partial Regex InternalIds();

    private static async Task<PurchaseSummary> BuyAsync(HttpClient client, PurchaseRequest request)
    {
        var created = await client.PostAsJsonAsync(Routes.Purchases.Prefix, request);
        created.EnsureSuccessStatusCode();
        var order = (await created.Content.ReadFromJsonAsync<PurchaseSummary>(Json.Options))!;
        (await client.PostAsync(Routes.Purchases.Checkout(order.Order.Id), null)).EnsureSuccessStatusCode();
        (await client.PostAsync(Routes.Payments.PaySimulatedPurchase(order.Order.Id), null)).EnsureSuccessStatusCode();
        return order;
    }

    [Fact]
    public async Task AClientsStatementSaysWhatWasPaidWhatForAndWhatCameBackWithoutIds()
    {
        var browser = await platform.BrowserAsync();
        var counselor = await platform.BookableCounselorAsync(Scenario.Profile("Dr. Plain Statement"));
        var offer = (await (await counselor.Client.PostAsJsonAsync(Routes.PackageOffers.Prefix, new PackageOfferDraft("Two to try", 2, 50, 15000, 60)))
            .Content.ReadFromJsonAsync<PackageOffer>(Json.Options))!;
        var client = await platform.RegisterAsync("client", displayName: "Stella Statement");
        using var api = platform.CreateClient(client.AccessToken);

        // A session paid by card and cancelled in time, a package with one credit used, then a membership.
        var refunded = await api.BookAsync(counselor.Id, Scenario.SlotAhead(TimeSpan.FromDays(3)));
        (await api.PostAsJsonAsync(Routes.Appointments.Cancel(refunded.Id), new CancelRequest(null))).EnsureSuccessStatusCode();
        await BuyAsync(api, new PurchaseRequest("package", counselor.Id, offer.Id, null));
        var held = await api.HoldAsync(counselor.Id, Scenario.SlotAhead(TimeSpan.FromDays(4)));
        (await api.PostAsJsonAsync(Routes.Appointments.Redeem(held.Id), new RedeemRequest("package"))).EnsureSuccessStatusCode();
        await BuyAsync(api, new PurchaseRequest("membership", null, null, "plus"));

        var page = await browser.SignedInPageAsync(client.User.Email, Password);
        await page.GotoAsync("/#/wallet");
        var statement = page.Locator("table.statement");
        Row Of(string what) => new(statement.Locator("tbody tr").Filter(new() { HasText = what }));

        await Assertions.Expect(Of("Payment for the session with Dr. Plain Statement").Amount).ToHaveTextAsync("Paid $80.00");
        await Assertions.Expect(Of("Session with Dr. Plain Statement cancelled").Amount).ToHaveTextAsync("Refunded $80.00");
        await Assertions.Expect(Of("Two to try").Amount).ToHaveTextAsync("Paid $150.00");
        await Assertions.Expect(Of("Package credit for the session with Dr. Plain Statement").Amount).ToHaveTextAsync("1 package credit");
        await Assertions.Expect(Of("Plus membership").Line).ToHaveCountAsync(1); // paid once, shown once
        await Assertions.Expect(Of("Plus membership").Amount).ToHaveTextAsync("Paid $19.00");
        await Assertions.Expect(page.Locator("#credits")).ToContainTextAsync("1 of 2 credits left");

        var text = await statement.InnerTextAsync();
        Assert.DoesNotMatch(InternalIds(), text);
        Assert.DoesNotContain("-$", text, StringComparison.Ordinal);
        Assert.DoesNotContain("−", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(InternalIds(), await page.Locator("main").InnerTextAsync());
        await BrowserSession.AssertAccessibleAsync(page);
        await BrowserSession.ScreenshotAsync(page, "client-statement");
        await page.Context.CloseAsync();

        var phone = await browser.SignedInPageAsync(client.User.Email, Password, phone: true);
        await phone.GotoAsync("/#/wallet");
        await Assertions.Expect(phone.Locator("table.statement tbody tr").First).ToBeVisibleAsync();
        await Assertions.Expect(phone.Locator("#membership")).ToHaveAttributeAsync("data-status", "active");
        await BrowserSession.AssertAccessibleAsync(phone);
        await BrowserSession.ScreenshotAsync(phone, "client-statement-phone");
        await phone.Context.CloseAsync();
    }

    [Fact]
    public async Task ACounselorsEarningsSayWhatWasEarnedAndNameNoAccountId()
    {
        var browser = await platform.BrowserAsync();
        var counselor = await platform.BookableCounselorAsync(Scenario.Profile("Dr. Plain Earnings"));
        var client = await platform.RegisterAsync("client", displayName: "Eddie Earner");
        using var api = platform.CreateClient(client.AccessToken);
        var booked = await api.BookAsync(counselor.Id, Scenario.SlotAhead(TimeSpan.FromHours(2)));
        (await api.PostAsJsonAsync(Routes.Appointments.Cancel(booked.Id), new CancelRequest(null))).EnsureSuccessStatusCode(); // late: earned
        (await counselor.Client.PostAsync(Routes.PayoutAccount.Onboarding, null)).EnsureSuccessStatusCode();

        foreach (var phone in new[] { false, true })
        {
            var page = await browser.SignedInPageAsync(counselor.Auth.User.Email, Password, phone);
            await page.GotoAsync("/#/wallet");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Earnings", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".payout-account")).ToHaveAttributeAsync("data-ready", "true");
            await Assertions.Expect(page.Locator(".payout-account")).ToContainTextAsync("Payouts go to the bank account you connected");
            var earned = page.Locator("table.statement tbody tr").Filter(new() { HasText = "Session with Eddie Earner" });
            await Assertions.Expect(earned.Locator(".amount")).ToHaveTextAsync("Earned $68.00");
            await Assertions.Expect(page.GetByText("1 earning not yet settled: $68.00.")).ToBeVisibleAsync();
            Assert.DoesNotMatch(InternalIds(), await page.Locator("main").InnerTextAsync());
            await BrowserSession.AssertAccessibleAsync(page);
            await BrowserSession.ScreenshotAsync(page, phone ? "counselor-earnings-phone" : "counselor-earnings");
            await page.Context.CloseAsync();
        }
    }

    /// <summary>A statement row and its amount cell.</summary>
    private sealed record Row(ILocator Line)
    {
        public ILocator Amount => Line.Locator(".amount");
    }
}
