using System.Net;
using System.Net.Http.Json;
using Counseling.Api.Apis;
using Counseling.Api.Contracts;
using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Payments;
using Counseling.Tests.Infrastructure;

namespace Counseling.Tests.Api;

[Collection(StripeCollection.Name)]
public sealed class SettlementTests(StripePlatformFixture platform)
{
    /// <summary>Two sessions the counselor has earned: paid through Stripe, then cancelled late by the client (fee kept).</summary>
    private async Task<(Scenario.Counselor Counselor, Guid[] Appointments)> EarningsAsync()
    {
        var counselor = await platform.BookableCounselorAsync();
        var clientAuth = await platform.RegisterAsync("client");
        var client = platform.CreateClient(clientAuth.AccessToken);
        var ids = new List<Guid>();
        foreach (var hours in new[] { 3, 5 })
        {
            var held = await client.HoldAsync(counselor.Id, Scenario.SlotAhead(TimeSpan.FromHours(hours)));
            var completed = FakeStripe.Event("evt_" + Guid.NewGuid().ToString("N"), "checkout.session.completed", new Dictionary<string, object?>
            {
                ["id"] = "cs_" + held.Id.ToString("N"), ["object"] = "checkout.session", ["payment_intent"] = "pi_" + held.Id.ToString("N"),
                ["amount_total"] = held.Price.AmountMinor, ["currency"] = "usd",
                ["metadata"] = new Dictionary<string, string> { ["appointment_id"] = held.Id.ToString(), ["wallet_id"] = clientAuth.User.Id.ToString() },
            });
            using var anonymous = platform.CreateClient();
            using var request = new HttpRequestMessage(HttpMethod.Post, Routes.Payments.Webhook) { Content = new StringContent(completed, System.Text.Encoding.UTF8, "application/json") };
            request.Headers.Add("Stripe-Signature", FakeStripe.Sign(completed, StripePlatformFixture.WebhookSecret, DateTimeOffset.UtcNow));
            (await anonymous.SendAsync(request)).EnsureSuccessStatusCode();
            var cancelled = await client.PostAsJsonAsync(Routes.Appointments.Cancel(held.Id), new CancelRequest(null));
            Assert.Equal(AppointmentStatus.LateCancelled, (await cancelled.Content.ReadFromJsonAsync<AppointmentSummary>(Json.Options))!.Status);
            ids.Add(held.Id);
        }

        return (counselor, [.. ids]);
    }

    [Fact]
    public async Task AnApprovedSettlementPaysEachSessionOnceEvenWhenThePayoutIsInterrupted()
    {
        var (counselor, appointments) = await EarningsAsync();
        (await counselor.Client.PutAsJsonAsync(Routes.PayoutAccount.Prefix, new PayoutAccountRequest("acct_1TestCounselor"))).EnsureSuccessStatusCode();
        var before = await counselor.Client.GetFromJsonAsync<SettlementsResponse>(Routes.Settlements.Prefix, Json.Options);
        Assert.Equal(appointments.OrderBy(x => x), before!.Unsettled.Select(e => e.AppointmentId).OrderBy(x => x));

        var applied = await counselor.Client.PostAsync(Routes.Settlements.Prefix, null);
        var application = (await applied.Content.ReadFromJsonAsync<SettlementApplication>(Json.Options))!;
        using var op = await platform.OperatorClientAsync();
        Assert.Contains(await op.GetFromJsonAsync<SettlementApplication[]>(Routes.SettlementReviews.Prefix, Json.Options) ?? [], a => a.Id == application.Id);

        platform.Stripe.FailTransfers = 10; // Stripe is down in the middle of the payout, beyond Stripe.net's own retries
        var decided = await op.PostAsJsonAsync(Routes.SettlementReviews.Decision(counselor.Id, application.Id), new SettlementDecisionRequest(true, null));
        await decided.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "/problems/payment-provider-unavailable");
        platform.Stripe.FailTransfers = 0;

        // The durable retry reminder resumes it; fire it twice, as reminders may. The resumed payout sends each
        // session's transfer once (Stripe answers now); the repeated firing sends nothing, not even a request Stripe
        // would recognise by its key and answer without paying again.
        var remindable = platform.Grains.GetGrain<ISettlementGrain>(counselor.Id).AsReference<IRemindable>();
        var tick = new TickStatus(DateTime.UtcNow, TimeSpan.FromMinutes(5), DateTime.UtcNow);
        var beforeResume = TransferRequests(appointments);
        await remindable.ReceiveReminder("payout-retry", tick);
        var afterResume = TransferRequests(appointments);
        await remindable.ReceiveReminder("payout-retry", tick);
        Assert.All(appointments, id => Assert.Equal(beforeResume[id] + 1, afterResume[id]));
        Assert.Equal(afterResume, TransferRequests(appointments));

        var after = await counselor.Client.GetFromJsonAsync<SettlementsResponse>(Routes.Settlements.Prefix, Json.Options);
        Assert.Equal(SettlementStatus.Paid, after!.Applications.Single(a => a.Id == application.Id).Status);
        Assert.Empty(after.Unsettled);
        foreach (var id in appointments)
        {
            var transfers = platform.Stripe.Requests.Where(r => r.Path == "/v1/transfers" && r.Form["transfer_group"] == $"appointment-{id:N}").ToList();
            Assert.NotEmpty(transfers);
            Assert.All(transfers, t => Assert.Equal($"transfer:{id:N}", t.IdempotencyKey)); // retries reuse the key: Stripe pays once
            Assert.All(transfers, t => Assert.Equal("acct_1TestCounselor", t.Form["destination"]));
            var payouts = await TestDatabase.ScalarAsync<long>(platform.ConnectionString, "SELECT count(*) FROM ledger_transactions WHERE kind = 'payout' AND reference = @id", ("id", id.ToString()));
            Assert.Equal(1, payouts);
        }

        var payable = (await platform.Grains.GetGrain<IWalletGrain>(counselor.Id).GetBalancesAsync()).Single(b => b.Account == LedgerAccounts.CounselorPayable(counselor.Id));
        Assert.Equal(0, payable.BalanceMinor);
        var again = await op.PostAsJsonAsync(Routes.SettlementReviews.Decision(counselor.Id, application.Id), new SettlementDecisionRequest(true, null));
        await again.AssertProblemAsync(HttpStatusCode.Conflict, "/problems/invalid-transition");
    }

    [Fact]
    public async Task WhenTheSiloPayingOutDiesEachSessionIsStillPaidExactlyOnce()
    {
        var (counselor, appointments) = await EarningsAsync();
        (await counselor.Client.PutAsJsonAsync(Routes.PayoutAccount.Prefix, new PayoutAccountRequest("acct_1KillTest"))).EnsureSuccessStatusCode();
        var application = (await (await counselor.Client.PostAsync(Routes.Settlements.Prefix, null)).Content.ReadFromJsonAsync<SettlementApplication>(Json.Options))!;
        using var op = await platform.OperatorClientAsync();
        var settlement = platform.Grains.GetGrain<ISettlementGrain>(counselor.Id);

        platform.Stripe.HoldTransfers = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var approving = op.PostAsJsonAsync(Routes.SettlementReviews.Decision(counselor.Id, application.Id), new SettlementDecisionRequest(true, null));
        await platform.Stripe.TransferArrived.Task.WaitAsync(TimeSpan.FromSeconds(30)); // the payout is in flight ...
        var host = await platform.Grains.GetGrain<IManagementGrain>(0).GetActivationAddress(settlement);
        await platform.Cluster.KillSiloAsync(platform.Cluster.Silos.Single(s => s.SiloAddress.Equals(host))); // ... when its silo dies
        platform.Stripe.HoldTransfers.SetResult();
        platform.Stripe.HoldTransfers = null;
        var operatorSaw = await approving;
        Assert.NotEqual(HttpStatusCode.InternalServerError, operatorSaw.StatusCode); // a clear 503 or a success, never a 500

        // The durable reminder fires on a surviving silo (here, fired by hand, then twice more).
        var tick = new TickStatus(DateTime.UtcNow, TimeSpan.FromMinutes(5), DateTime.UtcNow);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await settlement.AsReference<IRemindable>().ReceiveReminder("payout-retry", tick);
                break;
            }
            catch (Exception) when (attempt < 50)
            {
                await Task.Delay(200); // the cluster is still declaring the silo dead
            }
        }

        var resumed = TransferRequests(appointments);
        await settlement.AsReference<IRemindable>().ReceiveReminder("payout-retry", tick);
        await settlement.AsReference<IRemindable>().ReceiveReminder("payout-retry", tick);
        Assert.Equal(resumed, TransferRequests(appointments)); // a paid payout sends nothing more, however often it is woken

        var paid = (await settlement.ListAsync()).Single(a => a.Id == application.Id);
        Assert.Equal(SettlementStatus.Paid, paid.Status);
        foreach (var id in appointments)
        {
            // Sent once by the payout that died holding it (at most) and once by the one that resumed: never more, and
            // always under the session's one key, so Stripe pays it once.
            Assert.InRange(resumed[id], 1, 2);
            Assert.Single(platform.Stripe.TransferKeys, k => k == $"transfer:{id:N}");
            var payouts = await TestDatabase.ScalarAsync<long>(platform.ConnectionString, "SELECT count(*) FROM ledger_transactions WHERE kind = 'payout' AND reference = @id", ("id", id.ToString()));
            Assert.Equal(1, payouts);
        }

        await platform.Cluster.StartAdditionalSiloAsync();
    }

    /// <summary>Transfer requests Stripe received per session, every one counted (a repeat under the same key too).</summary>
    private Dictionary<Guid, int> TransferRequests(Guid[] appointments) =>
        appointments.ToDictionary(id => id, id => platform.Stripe.Requests.Count(r => r.Path == "/v1/transfers" && r.IdempotencyKey == $"transfer:{id:N}"));

    [Fact]
    public async Task ARejectedApplicationNeedsAReasonAndItsSessionsCanBeAppliedForAgain()
    {
        var (counselor, appointments) = await EarningsAsync();
        var application = (await (await counselor.Client.PostAsync(Routes.Settlements.Prefix, null)).Content.ReadFromJsonAsync<SettlementApplication>(Json.Options))!;
        using var op = await platform.OperatorClientAsync();

        var noReason = await op.PostAsJsonAsync(Routes.SettlementReviews.Decision(counselor.Id, application.Id), new SettlementDecisionRequest(false, null));
        await noReason.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        (await op.PostAsJsonAsync(Routes.SettlementReviews.Decision(counselor.Id, application.Id), new SettlementDecisionRequest(false, "Tax details missing."))).EnsureSuccessStatusCode();

        var state = await counselor.Client.GetFromJsonAsync<SettlementsResponse>(Routes.Settlements.Prefix, Json.Options);
        Assert.Equal("Tax details missing.", state!.Applications.Single().Reason);
        Assert.Equal(appointments.Length, state.Unsettled.Length);
        var nothing = await platform.CreateClient((await platform.RegisterAsync("counselor")).AccessToken).PostAsync(Routes.Settlements.Prefix, null);
        await nothing.AssertProblemAsync(HttpStatusCode.Conflict, "/problems/nothing-to-settle");
        var client = platform.CreateClient((await platform.RegisterAsync("client")).AccessToken);
        await (await client.GetAsync(Routes.SettlementReviews.Prefix)).AssertProblemAsync(HttpStatusCode.Forbidden, "/problems/forbidden");
    }
}
