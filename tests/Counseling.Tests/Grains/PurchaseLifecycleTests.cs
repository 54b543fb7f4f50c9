using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Notifications;
using Counseling.GrainInterfaces.Payments;
using Counseling.GrainInterfaces.Purchases;
using Counseling.GrainInterfaces.Shared;
using Counseling.Tests.Infrastructure;

namespace Counseling.Tests.Grains;

/// <summary>Credits expiring and memberships renewing, pausing and ending, on the fake clock.</summary>
[Collection(FakeClockCollection.Name)]
public sealed class PurchaseLifecycleTests(FakeClockFixture fixture)
{
    private static readonly TickStatus Tick = new(DateTime.UtcNow, TimeSpan.FromHours(1), DateTime.UtcNow);

    /// <summary>The configured plan with included sessions: 159.00 a month for two sessions of up to 120.00.</summary>
    private static readonly OrderRequest Care = OrderRequest.ForMembership("care");

    /// <summary>A package the counselor puts on sale, of 50-minute sessions.</summary>
    private async Task<PackageOffer> OfferAsync(ICounselorGrain counselor, string name, int sessions, long priceMinor, int validDays)
    {
        var saved = await fixture.Grains.GetGrain<ICounselorPackagesGrain>(counselor.GetPrimaryKey()).SaveOfferAsync(null, new PackageOfferDraft(name, sessions, 50, priceMinor, validDays));
        Assert.True(saved.Succeeded, saved.Error?.Message);
        return saved.Value!;
    }

    private async Task<MembershipPlan> PlanAsync(string id) =>
        Assert.Single(await fixture.Grains.GetGrain<IMembershipPlansGrain>(0).GetPlansAsync(), p => p.Id == id);

    /// <summary>Orders, then pays as if Stripe reported it (the intent's id names the saved card's customer at the stand-in).</summary>
    private async Task<Guid> BuyAsync(Guid client, OrderRequest request, string? paymentIntent = null)
    {
        var id = Guid.NewGuid();
        var purchase = fixture.Grains.GetGrain<IPurchaseGrain>(id);
        var placed = await purchase.PlaceAsync(client, request);
        Assert.True(placed.Succeeded, placed.Error?.Message);
        var price = placed.Value!.Order.Price;
        var paid = await purchase.PaymentSucceededAsync(new PaymentReceipt(PaymentMethods.Stripe, paymentIntent ?? $"pi_first_{id:N}", price));
        Assert.NotNull(paid.Value);
        return id;
    }

    private async Task<long> BalanceAsync(Guid owner, string account) =>
        (await fixture.Grains.GetGrain<IWalletGrain>(owner).GetBalancesAsync()).Where(b => b.Account == account).Sum(b => b.BalanceMinor);

    private async Task<Notification[]> InboxAsync(Guid user) => await fixture.Grains.GetGrain<IInboxGrain>(user).ListAsync(50);

    [Fact]
    public async Task UnusedCreditsLapseAtExpiryAfterAWarningAndTheLedgerKeepsTheirValue()
    {
        var counselor = await fixture.CounselorAsync();
        var client = Guid.NewGuid();
        var terms = await OfferAsync(counselor, "Three", 3, 21000, 30);
        await BuyAsync(client, OrderRequest.ForPackage(counselor.GetPrimaryKey(), terms.Id));
        var credits = fixture.Grains.GetGrain<IClientCreditsGrain>(client);

        // One credit used for a session that takes place.
        var held = (await counselor.HoldAsync(new HoldRequest(client, "Client", fixture.SlotAhead(TimeSpan.FromDays(1)), 50, SessionModality.Chat))).Value!;
        var booked = await fixture.Grains.GetGrain<IAppointmentGrain>(held.Id).RedeemAsync(client, PaymentMethods.Package);
        Assert.True(booked.Succeeded, booked.Error?.Message);
        Assert.Equal(7000, booked.Value!.Payment!.Amount.AmountMinor);

        var remindable = credits.AsReference<IRemindable>();
        FakeClockFixture.Clock.Advance(TimeSpan.FromDays(24)); // a week before expiry
        await remindable.ReceiveReminder("credits-expiry", Tick);
        await remindable.ReceiveReminder("credits-expiry", Tick);
        Assert.Single(await InboxAsync(client), n => n.Title == "Package credits expire soon");
        Assert.Equal(14000, await BalanceAsync(client, LedgerAccounts.ClientCredits(client)));

        FakeClockFixture.Clock.Advance(TimeSpan.FromDays(7));
        await remindable.ReceiveReminder("credits-expiry", Tick);
        await remindable.ReceiveReminder("credits-expiry", Tick); // a reminder may fire twice: expired once
        var package = Assert.Single(await credits.GetPackagesAsync());
        Assert.True(package.Expired);
        Assert.Equal(0, package.Remaining);
        Assert.Equal(0, await BalanceAsync(client, LedgerAccounts.ClientCredits(client)));
        var statement = await fixture.Grains.GetGrain<IWalletGrain>(client).GetStatementAsync(null, 50);
        Assert.Single(statement, l => l.Kind == "credits-expired");

        var late = (await counselor.HoldAsync(new HoldRequest(client, "Client", fixture.SlotAhead(TimeSpan.FromDays(1)), 50, SessionModality.Chat))).Value!;
        Assert.Equal("no-credit", (await fixture.Grains.GetGrain<IAppointmentGrain>(late.Id).RedeemAsync(client, PaymentMethods.Package)).Error?.Code);
    }

    [Fact]
    public async Task ACreditReturnedAfterItsPackageExpiredCanStillBeUsed()
    {
        var counselor = await fixture.CounselorAsync();
        var client = Guid.NewGuid();
        var terms = await OfferAsync(counselor, "Two", 2, 16000, 14);
        await BuyAsync(client, OrderRequest.ForPackage(counselor.GetPrimaryKey(), terms.Id));
        var held = (await counselor.HoldAsync(new HoldRequest(client, "Client", fixture.SlotAhead(TimeSpan.FromDays(20)), 50, SessionModality.Chat))).Value!;
        var appointment = fixture.Grains.GetGrain<IAppointmentGrain>(held.Id);
        Assert.True((await appointment.RedeemAsync(client, PaymentMethods.Package)).Succeeded);

        FakeClockFixture.Clock.Advance(TimeSpan.FromDays(15)); // the package expires with one credit unused
        await fixture.Grains.GetGrain<IClientCreditsGrain>(client).AsReference<IRemindable>().ReceiveReminder("credits-expiry", Tick);
        Assert.True((await appointment.CancelAsync(counselor.GetPrimaryKey(), "ill")).Succeeded); // the counselor cancels

        var package = Assert.Single(await fixture.Grains.GetGrain<IClientCreditsGrain>(client).GetPackagesAsync());
        Assert.False(package.Expired);
        Assert.Equal(1, package.Remaining);
        Assert.Equal(8000, package.RemainingValue.AmountMinor);
        Assert.Equal(8000, await BalanceAsync(client, LedgerAccounts.ClientCredits(client)));
    }

    [Fact]
    public async Task AMembershipRenewsOncePerCycleEvenWhenTheReminderFiresTwice()
    {
        var client = Guid.NewGuid();
        var purchase = await BuyAsync(client, Care);
        var membership = fixture.Grains.GetGrain<IMembershipGrain>(client);
        var first = await membership.GetAsync();
        Assert.Equal(1, first.Cycle);

        var remindable = membership.AsReference<IRemindable>();
        await remindable.ReceiveReminder("membership-renewal", Tick); // too early: nothing happens
        Assert.Equal(1, (await membership.GetAsync()).Cycle);

        FakeClockFixture.Clock.Advance(TimeSpan.FromDays(30));
        await remindable.ReceiveReminder("membership-renewal", Tick);
        await remindable.ReceiveReminder("membership-renewal", Tick);
        var renewed = await membership.GetAsync();
        Assert.Equal(2, renewed.Cycle);
        Assert.Equal(first.PeriodEnd, renewed.PeriodStart);
        Assert.Equal(2, renewed.IncludedSessionsLeft);
        var fees = (await fixture.Grains.GetGrain<IWalletGrain>(client).GetStatementAsync(null, 50)).Where(l => l.Kind == "membership-fee" && l.AmountMinor > 0).ToArray();
        Assert.Equal(2, fees.Length); // the first month and one renewal
        Assert.Single(await InboxAsync(client), n => n.Kind == NotificationKinds.MembershipRenewed);

        // What Stripe received: one off-session charge of the saved card, keyed by the member, cycle and attempt.
        var charge = Assert.Single(fixture.Stripe.Requests, r => r.Path == "/v1/payment_intents" && r.Form.GetValueOrDefault("metadata[wallet_id]") == client.ToString());
        Assert.Equal($"membership:{purchase:N}:cycle:2:try:0", charge.IdempotencyKey);
        Assert.Equal("15900", charge.Form["amount"]);
        Assert.Equal("usd", charge.Form["currency"]);
        Assert.Equal("true", charge.Form["off_session"]);
        Assert.Equal("true", charge.Form["confirm"]);
        Assert.StartsWith("cus_pi_first_", charge.Form["customer"], StringComparison.Ordinal);
        Assert.StartsWith("pm_pi_first_", charge.Form["payment_method"], StringComparison.Ordinal);
        Assert.Equal("2", charge.Form["metadata[membership_cycle]"]);
    }

    [Fact]
    public async Task ADeclinedRenewalSuspendsBenefitsRetriesNextDayAndStartsTheCycleWhenPaid()
    {
        var client = Guid.NewGuid();
        var purchase = await BuyAsync(client, Care);
        var membership = fixture.Grains.GetGrain<IMembershipGrain>(client);
        var remindable = membership.AsReference<IRemindable>();

        fixture.Stripe.DeclineCardsOf($"cus_pi_first_{purchase:N}", 1);
        FakeClockFixture.Clock.Advance(TimeSpan.FromDays(30));
        await remindable.ReceiveReminder("membership-renewal", Tick);
        var pastDue = await membership.GetAsync();
        Assert.Equal(MembershipStatus.PastDue, pastDue.Status);
        Assert.Contains("insufficient funds", pastDue.LastRenewalError, StringComparison.Ordinal);
        Assert.Null(await membership.GetBenefitsAsync());
        Assert.Single(await InboxAsync(client), n => n.Kind == NotificationKinds.MembershipPaymentFailed);
        await remindable.ReceiveReminder("membership-renewal", Tick); // a duplicated tick before the retry is due: no charge
        Assert.Single(fixture.Stripe.Requests, r => r.Path == "/v1/payment_intents" && r.Form.GetValueOrDefault("metadata[wallet_id]") == client.ToString());

        FakeClockFixture.Clock.Advance(TimeSpan.FromDays(1));
        var paidAt = FakeClockFixture.Clock.GetUtcNow();
        await remindable.ReceiveReminder("membership-renewal", Tick);
        await remindable.ReceiveReminder("membership-renewal", Tick);
        var renewed = await membership.GetAsync();
        Assert.Equal(MembershipStatus.Active, renewed.Status);
        Assert.Equal(2, renewed.Cycle);
        Assert.Equal(paidAt, renewed.PeriodStart); // a lapsed membership's new month starts when it is paid
        var keys = fixture.Stripe.Requests.Where(r => r.Path == "/v1/payment_intents" && r.Form.GetValueOrDefault("metadata[wallet_id]") == client.ToString())
            .Select(r => r.IdempotencyKey ?? "").ToArray();
        Assert.Equal([$"membership:{purchase:N}:cycle:2:try:0", $"membership:{purchase:N}:cycle:2:try:1"], keys);
        Assert.Equal(2, (await fixture.Grains.GetGrain<IWalletGrain>(client).GetStatementAsync(null, 50)).Count(l => l.Kind == "membership-fee" && l.AmountMinor > 0));
    }

    [Fact]
    public async Task AMembershipEndsAfterThreeDeclinedRenewalsOrWithoutASavedCard()
    {
        var client = Guid.NewGuid();
        var purchase = await BuyAsync(client, Care);
        var membership = fixture.Grains.GetGrain<IMembershipGrain>(client);
        fixture.Stripe.DeclineCardsOf($"cus_pi_first_{purchase:N}", 3);
        FakeClockFixture.Clock.Advance(TimeSpan.FromDays(30));
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await membership.AsReference<IRemindable>().ReceiveReminder("membership-renewal", Tick);
            FakeClockFixture.Clock.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal(MembershipStatus.Ended, (await membership.GetAsync()).Status);
        Assert.Single(await InboxAsync(client), n => n.Kind == NotificationKinds.MembershipEnded);
        Assert.Single(await fixture.Grains.GetGrain<IWalletGrain>(client).GetStatementAsync(null, 50), l => l.Kind == "membership-fee" && l.AmountMinor > 0);

        var noCard = Guid.NewGuid();
        await BuyAsync(noCard, Care, paymentIntent: "pi_nocard_" + Guid.NewGuid().ToString("N"));
        FakeClockFixture.Clock.Advance(TimeSpan.FromDays(30));
        var other = fixture.Grains.GetGrain<IMembershipGrain>(noCard);
        await other.AsReference<IRemindable>().ReceiveReminder("membership-renewal", Tick);
        var state = await other.GetAsync();
        Assert.Equal(MembershipStatus.PastDue, state.Status);
        Assert.Equal("No card was saved with the first payment.", state.LastRenewalError);
    }

    [Fact]
    public async Task APauseLengthensTheCycleAndIsLimitedToSevenDays()
    {
        var client = Guid.NewGuid();
        await BuyAsync(client, Care);
        var membership = fixture.Grains.GetGrain<IMembershipGrain>(client);
        var before = await membership.GetAsync();

        var paused = await membership.PauseAsync(5);
        Assert.Equal(MembershipStatus.Paused, paused.Value!.Status);
        Assert.Equal(before.PeriodEnd!.Value.AddDays(5), paused.Value.PeriodEnd);
        Assert.Null(await membership.GetBenefitsAsync()); // no member benefits while paused
        Assert.Equal("membership-state", (await membership.PauseAsync(1)).Error?.Code);

        FakeClockFixture.Clock.Advance(TimeSpan.FromDays(2).Add(TimeSpan.FromHours(1)));
        var resumed = await membership.ResumeAsync(); // whole days paused count, rounded down: two used, three go back
        Assert.Equal(MembershipStatus.Active, resumed.Value!.Status);
        Assert.Equal(before.PeriodEnd.Value.AddDays(2), resumed.Value.PeriodEnd);
        Assert.Equal(5, resumed.Value.PauseDaysLeftThisCycle);
        Assert.Equal("validation", (await membership.PauseAsync(6)).Error?.Code);

        Assert.True((await membership.PauseAsync(5)).Value is not null);
        FakeClockFixture.Clock.Advance(TimeSpan.FromDays(5).Add(TimeSpan.FromMinutes(1)));
        Assert.Equal(MembershipStatus.Active, (await membership.GetAsync()).Status); // a pause ends by itself
        Assert.Equal("membership-state", (await membership.PauseAsync(1)).Error?.Code);
    }

    [Fact]
    public async Task AMembershipPauseEndedAfterAFewSecondsUsesNoPauseDay()
    {
        var client = Guid.NewGuid();
        await BuyAsync(client, Care);
        var membership = fixture.Grains.GetGrain<IMembershipGrain>(client);
        var before = await membership.GetAsync();

        Assert.True((await membership.PauseAsync(3)).Value is not null);
        FakeClockFixture.Clock.Advance(TimeSpan.FromSeconds(5));
        var resumed = (await membership.ResumeAsync()).Value!;
        Assert.Equal(MembershipStatus.Active, resumed.Status);
        Assert.Equal(7, resumed.PauseDaysLeftThisCycle);
        Assert.Equal(before.PeriodEnd, resumed.PeriodEnd);

        // A pause that ran for a day and most of another uses one day.
        Assert.True((await membership.PauseAsync(3)).Value is not null);
        FakeClockFixture.Clock.Advance(TimeSpan.FromHours(47));
        resumed = (await membership.ResumeAsync()).Value!;
        Assert.Equal(6, resumed.PauseDaysLeftThisCycle);
        Assert.Equal(before.PeriodEnd!.Value.AddDays(1), resumed.PeriodEnd);
    }

    [Fact]
    public async Task ACancelledMembershipRunsToThePeriodEndAndThenEndsWithoutCharging()
    {
        var client = Guid.NewGuid();
        await BuyAsync(client, Care);
        var membership = fixture.Grains.GetGrain<IMembershipGrain>(client);
        Assert.True((await membership.CancelAsync()).Value!.CancelAtPeriodEnd);
        Assert.NotNull(await membership.GetBenefitsAsync()); // still a member until the end of the paid period

        FakeClockFixture.Clock.Advance(TimeSpan.FromDays(30));
        await membership.AsReference<IRemindable>().ReceiveReminder("membership-renewal", Tick);
        Assert.Equal(MembershipStatus.Ended, (await membership.GetAsync()).Status);
        Assert.Null(await membership.GetBenefitsAsync());
        var fees = (await fixture.Grains.GetGrain<IWalletGrain>(client).GetStatementAsync(null, 50)).Where(l => l.Kind == "membership-fee" && l.AmountMinor > 0);
        Assert.Single(fees);

        // A new membership can be bought once the old one ended.
        await BuyAsync(client, Care);
        Assert.Equal(MembershipStatus.Active, (await membership.GetAsync()).Status);
    }

    [Fact]
    public async Task AnIncludedSessionCancelledInTimeComesBackToTheCycle()
    {
        var counselor = await fixture.CounselorAsync();
        var client = Guid.NewGuid();
        await BuyAsync(client, Care);
        var membership = fixture.Grains.GetGrain<IMembershipGrain>(client);
        var held = (await counselor.HoldAsync(new HoldRequest(client, "Client", fixture.SlotAhead(TimeSpan.FromDays(3)), 50, SessionModality.Chat))).Value!;
        var appointment = fixture.Grains.GetGrain<IAppointmentGrain>(held.Id);
        Assert.True((await appointment.RedeemAsync(client, PaymentMethods.Membership)).Succeeded);
        Assert.Equal(1, (await membership.GetAsync()).IncludedSessionsLeft);

        Assert.True((await appointment.CancelAsync(client, null)).Succeeded);
        Assert.Equal(2, (await membership.GetAsync()).IncludedSessionsLeft);
        Assert.Equal(0, await BalanceAsync(client, LedgerAccounts.ClientFunds(client)));
    }

    /// <summary>
    /// Property-style: seeded random histories of package and membership purchases (with duplicated and surplus
    /// payment notices), bookings paid by card, credit or membership, cancellations by either side, late
    /// cancellations and settlements keep every invariant of the ledger.
    /// </summary>
    [Fact]
    public async Task RandomHistoriesOfPurchasesRedemptionsCancellationsAndSettlementsKeepTheLedgerSound()
    {
        var random = new Random(20261126);
        var counselors = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => fixture.CounselorAsync()));
        var clients = Enumerable.Range(0, 4).Select(_ => Guid.NewGuid()).ToArray();
        var care = await PlanAsync("care");
        var plus = await PlanAsync("plus"); // 20% off every session, 19.00 a month
        var booked = new List<IAppointmentGrain>();

        // A membership ordered in a second tab before the first one was paid: a member cannot order another, so this
        // is how a second membership payment arrives (and is refunded).
        var secondTabs = new Dictionary<Guid, IPurchaseGrain>();
        for (var step = 0; step < 60; step++)
        {
            var client = clients[random.Next(clients.Length)];
            var counselor = counselors[random.Next(counselors.Length)];
            switch (random.Next(6))
            {
                case 0:
                {
                    var terms = await OfferAsync(counselor, "Pack", 2 + random.Next(4), 10000 + random.Next(20000), 60);
                    var id = Guid.NewGuid();
                    var purchase = fixture.Grains.GetGrain<IPurchaseGrain>(id);
                    Assert.True((await purchase.PlaceAsync(client, OrderRequest.ForPackage(counselor.GetPrimaryKey(), terms.Id))).Succeeded);

                    // The order keeps its terms; retiring keeps each counselor under the limit of offers on sale at once.
                    Assert.True(await fixture.Grains.GetGrain<ICounselorPackagesGrain>(counselor.GetPrimaryKey()).RetireOfferAsync(terms.Id));
                    var receipt = new PaymentReceipt(PaymentMethods.Stripe, $"pi_{id:N}", terms.Price);
                    await purchase.PaymentSucceededAsync(receipt);
                    if (random.Next(3) == 0)
                    {
                        await purchase.PaymentSucceededAsync(receipt); // a duplicated webhook
                    }

                    if (random.Next(4) == 0)
                    {
                        await purchase.PaymentSucceededAsync(receipt with { Reference = $"pi_again_{id:N}" }); // paid twice: returned
                    }

                    break;
                }

                case 1:
                {
                    var id = Guid.NewGuid();
                    var plan = random.Next(2) == 0 ? care : plus;
                    var purchase = fixture.Grains.GetGrain<IPurchaseGrain>(id);
                    var placed = await purchase.PlaceAsync(client, OrderRequest.ForMembership(plan.Id));
                    if (!placed.Succeeded)
                    {
                        Assert.Equal(ErrorCodes.MembershipExists, placed.Error!.Code);
                        if (secondTabs.Remove(client, out var secondTab))
                        {
                            var pending = (await secondTab.GetAsync(client))!;
                            await secondTab.PaymentSucceededAsync(new PaymentReceipt(PaymentMethods.Stripe, $"pi_{pending.Order.Id:N}", pending.Order.Price)); // refunded: already a member
                        }

                        break;
                    }

                    var tab = fixture.Grains.GetGrain<IPurchaseGrain>(Guid.NewGuid());
                    if ((await tab.PlaceAsync(client, OrderRequest.ForMembership(plan.Id))).Succeeded)
                    {
                        secondTabs[client] = tab;
                    }

                    await purchase.PaymentSucceededAsync(new PaymentReceipt(PaymentMethods.Stripe, $"pi_{id:N}", plan.MonthlyPrice));
                    break;
                }

                default:
                {
                    var hold = await counselor.HoldAsync(new HoldRequest(client, "Client", fixture.SlotAhead(TimeSpan.FromHours(2 + random.Next(0, 96))), 50, SessionModality.Chat));
                    if (!hold.Succeeded)
                    {
                        break;
                    }

                    var grain = fixture.Grains.GetGrain<IAppointmentGrain>(hold.Value!.Id);
                    var paid = await grain.RedeemAsync(client, random.Next(2) == 0 ? PaymentMethods.Package : PaymentMethods.Membership);
                    if (!paid.Succeeded)
                    {
                        var due = (await grain.GetAmountDueAsync(client))!;
                        paid = await grain.PaymentSucceededAsync(new PaymentReceipt(PaymentMethods.Stripe, $"pi_{hold.Value!.Id:N}", due));
                    }

                    Assert.True(paid.Succeeded, paid.Error?.Message);
                    booked.Add(grain);
                    break;
                }
            }
        }

        // The seed makes a history that uses every way of paying.
        var methods = (await Task.WhenAll(booked.Select(g => g.DescribeAsync()))).Select(a => a!.Payment!.Method).ToHashSet();
        Assert.Superset(new HashSet<string> { PaymentMethods.Stripe, PaymentMethods.Package, PaymentMethods.Membership }, methods);

        foreach (var grain in booked.OrderBy(_ => random.Next()))
        {
            var a = (await grain.DescribeAsync())!;
            switch (random.Next(4))
            {
                case 0: await grain.CancelAsync(a.ClientId, null); break; // late or in time, depending on the start
                case 1: await grain.CancelAsync(a.CounselorId, "emergency"); await grain.CancelAsync(a.CounselorId, "emergency"); break;
                default: break;
            }
        }

        foreach (var counselor in counselors)
        {
            var settlement = fixture.Grains.GetGrain<ISettlementGrain>(counselor.GetPrimaryKey());
            await settlement.SetPayoutAccountAsync("acct_" + counselor.GetPrimaryKey().ToString("N")[..16]);
            if ((await settlement.ApplyAsync()).Value is { } application)
            {
                Assert.Null((await settlement.DecideAsync(application.Id, Guid.NewGuid(), true, null)).Error);
            }
        }

        await using var connection = new Npgsql.NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();

        // (That every transaction balances, the database enforces itself.) Settlement paid out exactly what each
        // counselor earned, by one payout per earning, and left nothing owed.
        var earnings = 0L;
        foreach (var counselor in counselors)
        {
            var payable = LedgerAccounts.CounselorPayable(counselor.GetPrimaryKey());
            async Task<(long Count, decimal Sum)> LinesAsync(string kind)
            {
                await using var lines = new Npgsql.NpgsqlCommand("""
                    SELECT count(DISTINCT t.reference), coalesce(sum(e.amount_minor), 0) FROM ledger_entries e
                      JOIN ledger_transactions t ON t.transaction_id = e.transaction_id
                     WHERE e.account = @account AND t.kind = @kind
                    """, connection);
                lines.Parameters.AddWithValue("account", payable);
                lines.Parameters.AddWithValue("kind", kind);
                await using var reader = await lines.ExecuteReaderAsync();
                await reader.ReadAsync();
                return (reader.GetInt64(0), reader.GetDecimal(1));
            }

            var earned = await LinesAsync("session-earned");
            var paidOut = await LinesAsync("payout");
            earnings += earned.Count;
            Assert.Equal(earned.Count, paidOut.Count);
            Assert.Equal(earned.Sum, -paidOut.Sum);
            Assert.Equal(0, await BalanceAsync(counselor.GetPrimaryKey(), payable));
        }

        Assert.True(earnings > 0, "the history earned nothing to settle");
        await using var negative = new Npgsql.NpgsqlCommand("SELECT count(*) FROM (SELECT account FROM ledger_entries WHERE owner_id IS NOT NULL GROUP BY account, currency HAVING sum(amount_minor) < 0) n", connection);
        Assert.Equal(0L, (long)(await negative.ExecuteScalarAsync())!);
        await using var duplicates = new Npgsql.NpgsqlCommand("SELECT count(*) FROM (SELECT reference, kind FROM ledger_transactions GROUP BY reference, kind HAVING count(*) > 1) d", connection);
        Assert.Equal(0L, (long)(await duplicates.ExecuteScalarAsync())!);

        // The ledger and the grains agree: credits held equal the value of unused credits, and nothing of a
        // client's is left in their funds except the price of sessions still booked.
        foreach (var client in clients)
        {
            var packages = await fixture.Grains.GetGrain<IClientCreditsGrain>(client).GetPackagesAsync();
            Assert.Equal(packages.Sum(p => p.RemainingValue.AmountMinor), await BalanceAsync(client, LedgerAccounts.ClientCredits(client)));
            var open = new List<long>();
            foreach (var grain in booked)
            {
                if (await grain.DescribeAsync() is { Status: AppointmentStatus.Confirmed } a && a.ClientId == client)
                {
                    open.Add(a.Payment!.Amount.AmountMinor);
                }
            }

            Assert.Equal(open.Sum(), await BalanceAsync(client, LedgerAccounts.ClientFunds(client)));
        }
    }

    [Fact]
    public async Task ASecondMembershipAfterTheFirstEndedRenewsUnderItsOwnKeys()
    {
        var client = Guid.NewGuid();
        var membership = fixture.Grains.GetGrain<IMembershipGrain>(client);
        var remindable = membership.AsReference<IRemindable>();
        await BuyAsync(client, Care);
        FakeClockFixture.Clock.Advance(TimeSpan.FromDays(30));
        await remindable.ReceiveReminder("membership-renewal", Tick); // month 2 of the first membership
        await membership.CancelAsync();
        FakeClockFixture.Clock.Advance(TimeSpan.FromDays(30));
        await remindable.ReceiveReminder("membership-renewal", Tick);
        Assert.Equal(MembershipStatus.Ended, (await membership.GetAsync()).Status);

        var second = await BuyAsync(client, Care);
        FakeClockFixture.Clock.Advance(TimeSpan.FromDays(30));
        await remindable.ReceiveReminder("membership-renewal", Tick); // month 2 of the second: charged and booked
        Assert.Equal(2, (await membership.GetAsync()).Cycle);
        Assert.Contains(fixture.Stripe.Requests, r => r.IdempotencyKey == $"membership:{second:N}:cycle:2:try:0");
        var fees = (await fixture.Grains.GetGrain<IWalletGrain>(client).GetStatementAsync(null, 50)).Count(l => l.Kind == "membership-fee" && l.AmountMinor > 0);
        Assert.Equal(4, fees); // two first months and two renewals, each in the ledger
    }

    [Fact]
    public async Task ARetriedDebitIsRecognisedAfterTheMoneyHasMovedOn()
    {
        var client = Guid.NewGuid();
        var wallet = fixture.Grains.GetGrain<IWalletGrain>(client);
        await wallet.PostAsync(new LedgerTransaction($"test:{client:N}:in", "test", $"{client:N}:in",
            [new(LedgerAccounts.ProviderClearing, "USD", -5000, null), new(LedgerAccounts.ClientFunds(client), "USD", 5000, null)]));
        var spend = new LedgerTransaction($"test:{client:N}:spend", "test", $"{client:N}:spend",
            [new(LedgerAccounts.ClientFunds(client), "USD", -5000, null), new(LedgerAccounts.PlatformFees, "USD", 5000, null)]);
        Assert.True(await wallet.PostAsync(spend));

        Assert.False(await wallet.PostAsync(spend)); // the account is empty now, but this is a retry, not a new spend
        await Assert.ThrowsAsync<InsufficientFundsException>(() => wallet.PostAsync(spend with { IdempotencyKey = $"test:{client:N}:again", Reference = $"{client:N}:again" }));
    }

    [Fact]
    public async Task ARescheduledSessionKeepsThePriceItWasBookedAt()
    {
        var counselor = await fixture.CounselorAsync();
        var client = Guid.NewGuid();
        var held = (await counselor.HoldAsync(new HoldRequest(client, "Client", fixture.SlotAhead(TimeSpan.FromDays(3)), 50, SessionModality.Chat))).Value!;
        var booked = (await fixture.Grains.GetGrain<IAppointmentGrain>(held.Id).PaymentSucceededAsync(new PaymentReceipt(PaymentMethods.Simulated, $"sim_{held.Id:N}", held.Price))).Value!;
        Assert.True((await counselor.UpdateProfileAsync(Scenario.Profile("Dr. Clock", price: 12000))).Succeeded); // the counselor raises the price

        var moved = await fixture.Grains.GetGrain<IAppointmentGrain>(held.Id).RescheduleAsync(client, fixture.SlotAhead(TimeSpan.FromDays(4)));
        Assert.True(moved.Succeeded, moved.Error?.Message);
        Assert.Equal(booked.Price, moved.Value!.Price);
        Assert.Equal(booked.Payment, moved.Value.Payment);
    }
}

