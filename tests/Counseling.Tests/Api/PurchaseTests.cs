using Counseling.Api.Apis;
using Counseling.Api.Contracts;
using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Purchases;
using Counseling.GrainInterfaces.Shared;
using Counseling.Tests.Infrastructure;
using System.Net.Http.Json;
using System.Net;

namespace Counseling.Tests.Api;

/// <summary>Packages and memberships bought over HTTP through the simulated provider, and used to book sessions.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PurchaseTests(PlatformFixture platform)
{
    private static async Task<PackageOffer> OfferAsync(Scenario.Counselor counselor, int sessions = 4, long price = 28000)
    {
        var response = await counselor.Client.PostAsJsonAsync(Routes.PackageOffers.Prefix, new PackageOfferDraft("Four to start", sessions, 50, price, 90));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<PackageOffer>(Json.Options))!;
    }

    private static async Task<PurchaseSummary> BuyAsync(HttpClient client, PurchaseRequest request)
    {
        var created = await client.PostAsJsonAsync(Routes.Purchases.Prefix, request);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var order = (await created.Content.ReadFromJsonAsync<PurchaseSummary>(Json.Options))!;
        Assert.Equal(PurchaseStatus.Pending, order.Status);
        var checkout = await client.PostAsync(Routes.Purchases.Checkout(order.Order.Id), null);
        checkout.EnsureSuccessStatusCode();
        Assert.Contains($"/#/pay/purchase/{order.Order.Id}", (await checkout.Content.ReadFromJsonAsync<CheckoutResponse>())!.Url, StringComparison.Ordinal);
        var paid = await client.PostAsync(Routes.Payments.PaySimulatedPurchase(order.Order.Id), null);
        paid.EnsureSuccessStatusCode();
        return (await paid.Content.ReadFromJsonAsync<PurchaseSummary>(Json.Options))!;
    }

    private static async Task<HttpResponseMessage> RedeemAsync(HttpClient client, Guid appointmentId, string source) =>
        await client.PostAsJsonAsync(Routes.Appointments.Redeem(appointmentId), new RedeemRequest(source));

    private static async Task<Dictionary<string, long>> BalancesAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<WalletResponse>(Routes.Wallet.Prefix, Json.Options))!.Balances
            .GroupBy(b => b.Account.Split(':')[0]).ToDictionary(g => g.Key, g => g.Sum(b => b.BalanceMinor));

    [Fact]
    public async Task APackageBuysCreditsThatBookSessionsAndATimelyCancellationGivesTheCreditBack()
    {
        var counselor = await platform.BookableCounselorAsync();
        var offer = await OfferAsync(counselor, sessions: 3, price: 20000);
        var clientAuth = await platform.RegisterAsync("client", displayName: "Package Buyer");
        using var client = platform.CreateClient(clientAuth.AccessToken);
        var listed = await (await platform.CreateClient().GetAsync(Routes.Counselors.Packages(counselor.Id))).Content.ReadFromJsonAsync<PackageOffer[]>(Json.Options);
        Assert.Contains(listed!, o => o.Id == offer.Id && o.Sessions == 3);

        var bought = await BuyAsync(client, new PurchaseRequest("package", counselor.Id, offer.Id, null));
        Assert.Equal(PurchaseStatus.Fulfilled, bought.Status);
        Assert.Equal(20000, (await BalancesAsync(client))["client-credits"]);

        // Three credits of 66.66, 66.67 and 66.67: equal shares, the last takes what is left.
        var first = await client.HoldAsync(counselor.Id, Scenario.SlotAhead(TimeSpan.FromDays(3)));
        var redeemed = await RedeemAsync(client, first.Id, "package");
        Assert.Equal(HttpStatusCode.OK, redeemed.StatusCode);
        var confirmed = (await redeemed.Content.ReadFromJsonAsync<AppointmentSummary>(Json.Options))!;
        Assert.Equal(AppointmentStatus.Confirmed, confirmed.Status);
        Assert.Equal(PaymentMethods.Package, confirmed.Payment!.Method);
        Assert.Equal(6666, confirmed.Payment.Amount.AmountMinor);
        Assert.Equal(HttpStatusCode.OK, (await RedeemAsync(client, first.Id, "package")).StatusCode); // a retry uses no second credit

        var purchases = (await client.GetFromJsonAsync<PurchasesResponse>(Routes.Purchases.Prefix, Json.Options))!;
        var package = Assert.Single(purchases.Credits);
        Assert.Equal(2, package.Remaining);
        Assert.Equal(20000 - 6666, package.RemainingValue.AmountMinor);
        var balances = await BalancesAsync(client);
        Assert.Equal(20000 - 6666, balances["client-credits"]);
        Assert.Equal(6666, balances["client-funds"]);

        // Cancelled in time: the credit (and its value) comes back; nothing goes to the provider.
        (await client.PostAsJsonAsync(Routes.Appointments.Cancel(first.Id), new { reason = (string?)null })).EnsureSuccessStatusCode();
        purchases = (await client.GetFromJsonAsync<PurchasesResponse>(Routes.Purchases.Prefix, Json.Options))!;
        Assert.Equal(3, Assert.Single(purchases.Credits).Remaining);
        balances = await BalancesAsync(client);
        Assert.Equal(20000, balances["client-credits"]);
        Assert.Equal(0, balances.GetValueOrDefault("client-funds"));

        var receipt = await client.GetAsync(Routes.Purchases.Receipt(bought.Order.Id));
        Assert.Contains("Unused credits lapse at expiry", await receipt.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreditsOnlyPayForTheirCounselorAndAreNotSpentTwice()
    {
        var counselor = await platform.BookableCounselorAsync();
        var other = await platform.BookableCounselorAsync();
        var offer = await OfferAsync(counselor, sessions: 2, price: 15000);
        using var client = platform.CreateClient((await platform.RegisterAsync("client")).AccessToken);
        await BuyAsync(client, new PurchaseRequest("package", counselor.Id, offer.Id, null));

        var elsewhere = await client.HoldAsync(other.Id, Scenario.SlotAhead(TimeSpan.FromDays(2)));
        await (await RedeemAsync(client, elsewhere.Id, "package")).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/no-credit");

        for (var day = 2; day <= 3; day++)
        {
            var held = await client.HoldAsync(counselor.Id, Scenario.SlotAhead(TimeSpan.FromDays(day)));
            Assert.Equal(HttpStatusCode.OK, (await RedeemAsync(client, held.Id, "package")).StatusCode);
        }

        var third = await client.HoldAsync(counselor.Id, Scenario.SlotAhead(TimeSpan.FromDays(4)));
        await (await RedeemAsync(client, third.Id, "package")).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/no-credit");
        var stillHeld = await client.GetFromJsonAsync<AppointmentSummary>(Routes.Appointments.ById(third.Id), Json.Options);
        Assert.Equal(AppointmentStatus.Held, stillHeld!.Status); // the client can still pay by card
        Assert.Equal(0, (await BalancesAsync(client))["client-credits"]);
    }

    [Fact]
    public async Task AMembershipWithIncludedSessionsCoversSessionsUpToItsCapAndRefusesASecondMembership()
    {
        var counselor = await platform.BookableCounselorAsync(Scenario.Profile("Dr. Member Friendly", price: 9000));
        var pricey = await platform.BookableCounselorAsync(Scenario.Profile("Dr. Expensive", price: 25000));
        using var client = platform.CreateClient((await platform.RegisterAsync("client")).AccessToken);
        var plans = (await platform.CreateClient().GetFromJsonAsync<MembershipPlan[]>(Routes.MembershipPlans.Prefix, Json.Options))!;
        var care = Assert.Single(plans, p => p.IncludedSessions > 0);

        var bought = await BuyAsync(client, new PurchaseRequest("membership", null, null, care.Id));
        Assert.Equal(PurchaseStatus.Fulfilled, bought.Status);
        var membership = (await client.GetFromJsonAsync<MembershipView>(Routes.Membership.Prefix, Json.Options))!;
        Assert.Equal(MembershipStatus.Active, membership.Status);
        Assert.Equal(care.IncludedSessions, membership.IncludedSessionsLeft);

        var covered = await client.HoldAsync(counselor.Id, Scenario.SlotAhead(TimeSpan.FromDays(2)));
        var redeemed = await RedeemAsync(client, covered.Id, "membership");
        Assert.Equal(HttpStatusCode.OK, redeemed.StatusCode);
        Assert.Equal(PaymentMethods.Membership, (await redeemed.Content.ReadFromJsonAsync<AppointmentSummary>(Json.Options))!.Payment!.Method);
        Assert.Equal(care.IncludedSessions - 1, (await client.GetFromJsonAsync<MembershipView>(Routes.Membership.Prefix, Json.Options))!.IncludedSessionsLeft);

        var tooDear = await client.HoldAsync(pricey.Id, Scenario.SlotAhead(TimeSpan.FromDays(2)));
        var refused = await (await RedeemAsync(client, tooDear.Id, "membership")).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/no-credit");
        Assert.Contains("covers sessions up to", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);

        await (await client.PostAsJsonAsync(Routes.Purchases.Prefix, new PurchaseRequest("membership", null, null, care.Id)))
            .AssertProblemAsync(HttpStatusCode.Conflict, "/problems/membership-exists");

        // The fee went to the membership pool; the included session's value is held for the session.
        var balances = await BalancesAsync(client);
        Assert.Equal(9000, balances["client-funds"]);
    }

    [Fact]
    public async Task AMemberDiscountLowersTheCheckoutAndTheCounselorStillEarnsOnTheFullPrice()
    {
        var counselor = await platform.BookableCounselorAsync(Scenario.Profile("Dr. Discount", price: 10000));
        using var client = platform.CreateClient((await platform.RegisterAsync("client")).AccessToken);
        var plans = (await platform.CreateClient().GetFromJsonAsync<MembershipPlan[]>(Routes.MembershipPlans.Prefix, Json.Options))!;
        var plus = Assert.Single(plans, p => p.DiscountPercent > 0);
        await BuyAsync(client, new PurchaseRequest("membership", null, null, plus.Id));

        var booked = await client.BookAsync(counselor.Id, Scenario.SlotAhead(TimeSpan.FromHours(5)));
        Assert.Equal(10000 - 10000 * plus.DiscountPercent / 100, booked.Payment!.Amount.AmountMinor);
        Assert.Equal(10000, booked.Price.AmountMinor);

        // Cancelled late: the fee is kept, and the counselor's share is computed on the list price.
        (await client.PostAsJsonAsync(Routes.Appointments.Cancel(booked.Id), new { reason = "late" })).EnsureSuccessStatusCode();
        var earned = (await counselor.Client.GetFromJsonAsync<WalletResponse>(Routes.Wallet.Prefix, Json.Options))!.Balances;
        Assert.Equal(8500, earned.Single(b => b.Account.StartsWith("counselor-payable", StringComparison.Ordinal)).BalanceMinor);
        var receipt = await (await client.GetAsync(Routes.Appointments.Receipt(booked.Id))).Content.ReadAsStringAsync();
        Assert.Contains("member discount applied", receipt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadOrdersAndOffersAreClearProblems()
    {
        var counselor = await platform.BookableCounselorAsync();
        using var client = platform.CreateClient((await platform.RegisterAsync("client")).AccessToken);

        await (await client.PostAsJsonAsync(Routes.Purchases.Prefix, new PurchaseRequest("gift-card", null, null, null)))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        await (await client.PostAsJsonAsync(Routes.Purchases.Prefix, new PurchaseRequest("package", counselor.Id, Guid.NewGuid(), null)))
            .AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
        await (await client.PostAsJsonAsync(Routes.Purchases.Prefix, new PurchaseRequest("membership", null, null, "platinum")))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");

        var badLength = await counselor.Client.PostAsJsonAsync(Routes.PackageOffers.Prefix, new PackageOfferDraft("Odd", 4, 45, 20000, 90));
        Assert.Contains("sessionminutes", (await badLength.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation")).ErrorFields());
        var free = await counselor.Client.PostAsJsonAsync(Routes.PackageOffers.Prefix, new PackageOfferDraft("Free", 4, 50, 0, 90));
        Assert.Contains("priceminor", (await free.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation")).ErrorFields());
        await (await client.PostAsJsonAsync(Routes.PackageOffers.Prefix, new PackageOfferDraft("Not mine", 4, 50, 20000, 90)))
            .AssertProblemAsync(HttpStatusCode.Forbidden, "/problems/forbidden");

        // Someone else's order cannot be seen, paid or checked out.
        var offer = await OfferAsync(counselor);
        var created = await client.PostAsJsonAsync(Routes.Purchases.Prefix, new PurchaseRequest("package", counselor.Id, offer.Id, null));
        var order = (await created.Content.ReadFromJsonAsync<PurchaseSummary>(Json.Options))!;
        using var stranger = platform.CreateClient((await platform.RegisterAsync("client")).AccessToken);
        await (await stranger.GetAsync(Routes.Purchases.ById(order.Order.Id))).AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
        await (await stranger.PostAsync(Routes.Payments.PaySimulatedPurchase(order.Order.Id), null)).AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
        await (await stranger.PostAsync(Routes.Purchases.Checkout(order.Order.Id), null)).AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
        Assert.Empty((await stranger.GetFromJsonAsync<WalletResponse>(Routes.Wallet.Prefix, Json.Options))!.Statement);

        // A retired offer is no longer sold; the credits bought from it stay.
        (await counselor.Client.DeleteAsync(Routes.PackageOffers.ById(offer.Id))).EnsureSuccessStatusCode();
        await (await client.PostAsJsonAsync(Routes.Purchases.Prefix, new PurchaseRequest("package", counselor.Id, offer.Id, null)))
            .AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");

        await (await client.PostAsJsonAsync(Routes.Membership.Pause, new PauseRequest(3)))
            .AssertProblemAsync(HttpStatusCode.Conflict, "/problems/membership-state");
        await (await client.PostAsJsonAsync(Routes.Membership.Pause, new PauseRequest(30)))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
    }

    [Fact]
    public async Task PaidContentGrantsAnEntitlementOnceAndTheCounselorEarnsItLessTheFee()
    {
        var counselor = await platform.BookableCounselorAsync(Scenario.Profile("Dr. Course Author"));
        var listed = await counselor.Client.PostAsJsonAsync(Routes.ContentOffers.Prefix, new { kind = "course", title = "Sleep better in six weeks", summary = "Six short lessons.", priceMinor = 4900 });
        Assert.Equal(HttpStatusCode.Created, listed.StatusCode);
        var course = (await listed.Content.ReadFromJsonAsync<ContentOffer>(Json.Options))!;
        Assert.Equal(ContentKind.Course, course.Kind);
        Assert.Contains((await platform.CreateClient().GetFromJsonAsync<ContentOffer[]>(Routes.Counselors.Content(counselor.Id), Json.Options))!, o => o.Id == course.Id);

        var auth = await platform.RegisterAsync("client");
        using var client = platform.CreateClient(auth.AccessToken);
        await (await client.GetAsync(Routes.Entitlements.ById(course.Id))).AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
        var bought = await BuyAsync(client, new PurchaseRequest("content", counselor.Id, course.Id, null));
        Assert.Equal(PurchaseStatus.Fulfilled, bought.Status);

        var entitlement = (await client.GetFromJsonAsync<Entitlement>(Routes.Entitlements.ById(course.Id), Json.Options))!;
        Assert.Equal("Sleep better in six weeks", entitlement.Title);
        Assert.Equal(bought.Order.Id, entitlement.PurchaseId);
        Assert.Single((await client.GetFromJsonAsync<Entitlement[]>(Routes.Entitlements.Prefix, Json.Options))!);
        await (await client.PostAsJsonAsync(Routes.Purchases.Prefix, new PurchaseRequest("content", counselor.Id, course.Id, null)))
            .AssertProblemAsync(HttpStatusCode.Conflict, "/problems/already-owned");

        // Someone else has no access; the counselor earned 49.00 less 15% and can settle it like a session.
        using var stranger = platform.CreateClient((await platform.RegisterAsync("client")).AccessToken);
        await (await stranger.GetAsync(Routes.Entitlements.ById(course.Id))).AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
        var settlements = (await counselor.Client.GetFromJsonAsync<SettlementsResponse>(Routes.Settlements.Prefix, Json.Options))!;
        var earning = Assert.Single(settlements.Unsettled);
        Assert.Equal(4165, earning.Amount.AmountMinor);
        Assert.Equal("content", earning.Source);
        Assert.Equal(bought.Order.Id, earning.AppointmentId);

        // Retired content is no longer sold; the buyer keeps it.
        (await counselor.Client.DeleteAsync(Routes.ContentOffers.ById(course.Id))).EnsureSuccessStatusCode();
        using var late = platform.CreateClient((await platform.RegisterAsync("client")).AccessToken);
        await (await late.PostAsJsonAsync(Routes.Purchases.Prefix, new PurchaseRequest("content", counselor.Id, course.Id, null)))
            .AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Routes.Entitlements.ById(course.Id))).StatusCode);

        var bad = await counselor.Client.PostAsJsonAsync(Routes.ContentOffers.Prefix, new { kind = "course", title = "", summary = "", priceMinor = 0 });
        Assert.Contains("title", (await bad.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation")).ErrorFields());
    }

    [Fact]
    public async Task ContentPaidTwiceThroughTwoOrdersIsDeliveredOnceAndTheSecondPaymentRefunded()
    {
        var counselor = await platform.BookableCounselorAsync(Scenario.Profile("Dr. Two Tabs"));
        var course = (await (await counselor.Client.PostAsJsonAsync(Routes.ContentOffers.Prefix, new { kind = "article", title = "On worry", summary = "", priceMinor = 1500 }))
            .Content.ReadFromJsonAsync<ContentOffer>(Json.Options))!;
        using var client = platform.CreateClient((await platform.RegisterAsync("client")).AccessToken);
        var orders = new List<PurchaseSummary>();
        for (var tab = 0; tab < 2; tab++)
        {
            // Two tabs: both orders are created before either is paid.
            orders.Add((await (await client.PostAsJsonAsync(Routes.Purchases.Prefix, new PurchaseRequest("content", counselor.Id, course.Id, null)))
                .Content.ReadFromJsonAsync<PurchaseSummary>(Json.Options))!);
        }

        foreach (var order in orders)
        {
            (await client.PostAsync(Routes.Payments.PaySimulatedPurchase(order.Order.Id), null)).EnsureSuccessStatusCode();
        }

        var statuses = (await client.GetFromJsonAsync<PurchasesResponse>(Routes.Purchases.Prefix, Json.Options))!.Purchases.Select(p => p.Status).Order().ToArray();
        Assert.Equal([PurchaseStatus.Fulfilled, PurchaseStatus.Refunded], statuses);
        Assert.Single((await client.GetFromJsonAsync<Entitlement[]>(Routes.Entitlements.Prefix, Json.Options))!);
        var earned = (await counselor.Client.GetFromJsonAsync<SettlementsResponse>(Routes.Settlements.Prefix, Json.Options))!.Unsettled;
        Assert.Single(earned); // the counselor earned one sale
        var funds = (await client.GetFromJsonAsync<WalletResponse>(Routes.Wallet.Prefix, Json.Options))!.Balances;
        Assert.All(funds, b => Assert.Equal(0, b.BalanceMinor));
    }

    [Fact]
    public async Task AnUnverifiedCounselorsOffersAreNotOnSale()
    {
        var auth = await platform.RegisterAsync("counselor", displayName: "Not Yet Verified");
        using var counselor = platform.CreateClient(auth.AccessToken);
        (await counselor.PutAsJsonAsync(Routes.CounselorRecord.Profile, Scenario.Profile("Not Yet Verified"), Json.Options)).EnsureSuccessStatusCode();
        var listed = await counselor.PostAsJsonAsync(Routes.ContentOffers.Prefix, new { kind = "course", title = "Unverified course", summary = "", priceMinor = 1500 });
        var course = (await listed.Content.ReadFromJsonAsync<ContentOffer>(Json.Options))!;

        Assert.Empty((await platform.CreateClient().GetFromJsonAsync<ContentOffer[]>(Routes.Counselors.Content(auth.User.Id), Json.Options))!);
        using var client = platform.CreateClient((await platform.RegisterAsync("client")).AccessToken);
        await (await client.PostAsJsonAsync(Routes.Purchases.Prefix, new PurchaseRequest("content", auth.User.Id, course.Id, null)))
            .AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
    }
}

