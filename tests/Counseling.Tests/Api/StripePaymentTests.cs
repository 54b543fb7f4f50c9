using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Counseling.Api.Apis;
using Counseling.Api.Contracts;
using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Payments;
using Counseling.Tests.Infrastructure;

namespace Counseling.Tests.Api;

/// <summary>A platform whose silos pay through Stripe (the loopback stand-in) and whose api accepts signed webhooks.</summary>
public sealed class StripePlatformFixture : PlatformFixture
{
    public const string WebhookSecret = "whsec_test_counseling";

    public FakeStripe Stripe { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        Stripe = await FakeStripe.StartAsync();
        await base.InitializeAsync();
    }

    protected override IReadOnlyDictionary<string, string>? SiloSettings() => new Dictionary<string, string>
    {
        ["Payments:StripeSecretKey"] = "sk_test_counseling",
        ["Payments:StripeApiBase"] = Stripe.BaseUrl,
        ["Fees:LateCancellationRefundPercent"] = "50", // this installation gives half back on a late cancellation
    };

    protected override IReadOnlyDictionary<string, string?> ApiSettings() => new Dictionary<string, string?>
    {
        ["Payments:StripeSecretKey"] = "sk_test_counseling",
        ["Payments:StripeWebhookSecret"] = WebhookSecret,
    };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Stripe.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class StripeCollection : ICollectionFixture<StripePlatformFixture>
{
    public const string Name = "stripe";
}

[Collection(StripeCollection.Name)]
public sealed class StripePaymentTests(StripePlatformFixture platform)
{
    private async Task<(AppointmentSummary Held, HttpClient Client, Guid ClientId)> HeldAsync(TimeSpan ahead)
    {
        var counselor = await platform.BookableCounselorAsync();
        var auth = await platform.RegisterAsync("client");
        var client = platform.CreateClient(auth.AccessToken);
        return (await client.HoldAsync(counselor.Id, Scenario.SlotAhead(ahead)), client, auth.User.Id);
    }

    private async Task<HttpResponseMessage> DeliverAsync(string payload, DateTimeOffset? signedAt = null, string secret = StripePlatformFixture.WebhookSecret)
    {
        using var anonymous = platform.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, Routes.Payments.Webhook) { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.Add("Stripe-Signature", FakeStripe.Sign(payload, secret, signedAt ?? DateTimeOffset.UtcNow));
        return await anonymous.SendAsync(request);
    }

    private static string Completed(string eventId, AppointmentSummary held, Guid clientId, string paymentIntent) =>
        FakeStripe.Event(eventId, "checkout.session.completed", new Dictionary<string, object?>
        {
            ["id"] = "cs_test_" + held.Id.ToString("N"),
            ["object"] = "checkout.session",
            ["payment_intent"] = paymentIntent,
            ["payment_status"] = "paid",
            ["amount_total"] = held.Price.AmountMinor,
            ["currency"] = held.Price.Currency.ToLowerInvariant(),
            ["metadata"] = new Dictionary<string, string> { ["appointment_id"] = held.Id.ToString(), ["wallet_id"] = clientId.ToString() },
        });

    [Fact]
    public async Task CheckoutCreatesAStripeSessionWithIdempotencyKeyAmountAndLinks()
    {
        var (held, client, clientId) = await HeldAsync(TimeSpan.FromDays(3));

        var first = await client.PostAsync(Routes.Appointments.Checkout(held.Id), null);
        var again = await client.PostAsync(Routes.Appointments.Checkout(held.Id), null);

        var url = (await first.Content.ReadFromJsonAsync<CheckoutResponse>())!;
        Assert.False(url.Simulated);
        Assert.StartsWith("https://checkout.stripe.test/", url.Url, StringComparison.Ordinal);
        Assert.Equal(url.Url, (await again.Content.ReadFromJsonAsync<CheckoutResponse>())!.Url);
        // The page handed out first is shown again while it can be paid: Stripe is asked once.
        var sent = Assert.Single(platform.Stripe.Requests, r => r.Path == "/v1/checkout/sessions" && r.Form.GetValueOrDefault("metadata[appointment_id]") == held.Id.ToString());
        Assert.Equal($"checkout:{held.Id:N}", sent.IdempotencyKey);
        var form = sent.Form;
        Assert.Equal("payment", form["mode"]);
        Assert.Equal(held.Price.AmountMinor.ToString(System.Globalization.CultureInfo.InvariantCulture), form["line_items[0][price_data][unit_amount]"]);
        Assert.Equal("usd", form["line_items[0][price_data][currency]"]);
        Assert.Equal(clientId.ToString(), form["metadata[wallet_id]"]);
        Assert.Equal(held.Id.ToString(), form["payment_intent_data[metadata][appointment_id]"]);
        Assert.Equal($"appointment-{held.Id:N}", form["payment_intent_data[transfer_group]"]);

        var simulated = await client.PostAsync(Routes.Payments.PaySimulated(held.Id), null);
        await simulated.AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found"); // no simulated payments with a real provider
    }

    [Fact]
    public async Task ASignedCompletionConfirmsOnceEvenWhenDeliveredTwiceOrFollowedByTheIntentEvent()
    {
        var (held, client, clientId) = await HeldAsync(TimeSpan.FromDays(4));
        var intent = "pi_test_" + held.Id.ToString("N");
        var completed = Completed("evt_" + Guid.NewGuid().ToString("N"), held, clientId, intent);

        var first = await DeliverAsync(completed);
        var duplicate = await DeliverAsync(completed);
        var intentEvent = FakeStripe.Event("evt_" + Guid.NewGuid().ToString("N"), "payment_intent.succeeded", new Dictionary<string, object?>
        {
            ["id"] = intent, ["object"] = "payment_intent", ["amount"] = held.Price.AmountMinor, ["amount_received"] = held.Price.AmountMinor,
            ["currency"] = "usd", ["status"] = "succeeded",
            ["metadata"] = new Dictionary<string, string> { ["appointment_id"] = held.Id.ToString(), ["wallet_id"] = clientId.ToString() },
        });
        var reordered = await DeliverAsync(intentEvent);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(JsonDocument.Parse(await duplicate.Content.ReadAsStringAsync()).RootElement.GetProperty("duplicate").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, reordered.StatusCode);
        var appointment = await client.GetFromJsonAsync<AppointmentSummary>(Routes.Appointments.ById(held.Id), Json.Options);
        Assert.Equal(AppointmentStatus.Confirmed, appointment!.Status);
        Assert.Equal(intent, appointment.Payment!.Reference);
        var payments = await TestDatabase.ScalarAsync<long>(platform.ConnectionString, "SELECT count(*) FROM ledger_transactions WHERE reference = @id AND kind = 'session-payment'", ("id", held.Id.ToString()));
        Assert.Equal(1, payments);
        var funds = (await platform.Grains.GetGrain<IWalletGrain>(clientId).GetBalancesAsync()).Single(b => b.Account == LedgerAccounts.ClientFunds(clientId));
        Assert.Equal(held.Price.AmountMinor, funds.BalanceMinor);
    }

    [Fact]
    public async Task ForgedStaleOrUnsignedWebhooksAreRefusedAndChangeNothing()
    {
        var (held, client, clientId) = await HeldAsync(TimeSpan.FromDays(5));
        var payload = Completed("evt_" + Guid.NewGuid().ToString("N"), held, clientId, "pi_forged");

        var forged = await DeliverAsync(payload, secret: "whsec_someone_else");
        var stale = await DeliverAsync(payload, signedAt: DateTimeOffset.UtcNow.AddMinutes(-10));
        using var anonymous = platform.CreateClient();
        var unsigned = await anonymous.PostAsync(Routes.Payments.Webhook, new StringContent(payload, Encoding.UTF8, "application/json"));
        using var tamperedRequest = new HttpRequestMessage(HttpMethod.Post, Routes.Payments.Webhook)
        {
            Content = new StringContent(payload.Replace("paid", "PAID", StringComparison.Ordinal), Encoding.UTF8, "application/json"),
        };
        tamperedRequest.Headers.Add("Stripe-Signature", FakeStripe.Sign(payload, StripePlatformFixture.WebhookSecret, DateTimeOffset.UtcNow));
        var tampered = await anonymous.SendAsync(tamperedRequest); // signed, but not this body

        foreach (var refused in new[] { forged, stale, unsigned, tampered })
        {
            await refused.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        }

        Assert.Equal(0, await TestDatabase.ScalarAsync<long>(platform.ConnectionString, "SELECT count(*) FROM ledger_transactions WHERE reference = @id", ("id", held.Id.ToString())));
        var appointment = await client.GetFromJsonAsync<AppointmentSummary>(Routes.Appointments.ById(held.Id), Json.Options);
        Assert.Equal(AppointmentStatus.Held, appointment!.Status);
    }

    [Fact]
    public async Task APaymentThatDoesNotMatchThePriceBooksNothingAndIsReturned()
    {
        var (held, client, clientId) = await HeldAsync(TimeSpan.FromDays(7));
        var intent = "pi_short_" + held.Id.ToString("N");
        var shortPaid = FakeStripe.Event("evt_" + Guid.NewGuid().ToString("N"), "checkout.session.completed", new Dictionary<string, object?>
        {
            ["id"] = "cs_short", ["object"] = "checkout.session", ["payment_intent"] = intent, ["payment_status"] = "paid",
            ["amount_total"] = 1, ["currency"] = "usd",
            ["metadata"] = new Dictionary<string, string> { ["appointment_id"] = held.Id.ToString(), ["wallet_id"] = clientId.ToString() },
        });

        (await DeliverAsync(shortPaid)).EnsureSuccessStatusCode();

        var appointment = await client.GetFromJsonAsync<AppointmentSummary>(Routes.Appointments.ById(held.Id), Json.Options);
        Assert.Equal(AppointmentStatus.Held, appointment!.Status);
        Assert.Contains(platform.Stripe.Requests, r => r.Path == "/v1/refunds" && r.Form.GetValueOrDefault("payment_intent") == intent && r.Form["amount"] == "1");
        Assert.Equal(0, await TestDatabase.ScalarAsync<long>(platform.ConnectionString, "SELECT count(*) FROM ledger_transactions WHERE reference = @id", ("id", held.Id.ToString())));
    }

    [Fact]
    public async Task ATimelyCancellationRefundsThroughStripeOnce()
    {
        var (held, client, clientId) = await HeldAsync(TimeSpan.FromDays(6));
        var intent = "pi_test_" + held.Id.ToString("N");
        (await DeliverAsync(Completed("evt_" + Guid.NewGuid().ToString("N"), held, clientId, intent))).EnsureSuccessStatusCode();

        (await client.PostAsJsonAsync(Routes.Appointments.Cancel(held.Id), new Counseling.Api.Contracts.CancelRequest("plans changed"))).EnsureSuccessStatusCode();
        await client.PostAsJsonAsync(Routes.Appointments.Cancel(held.Id), new Counseling.Api.Contracts.CancelRequest("again"));

        var refunds = platform.Stripe.Requests.Where(r => r.Path == "/v1/refunds" && r.Form.GetValueOrDefault("payment_intent") == intent).ToList();
        var refund = Assert.Single(refunds);
        Assert.Equal($"refund:{held.Id:N}", refund.IdempotencyKey);
        Assert.Equal(held.Price.AmountMinor.ToString(System.Globalization.CultureInfo.InvariantCulture), refund.Form["amount"]);
        var funds = (await platform.Grains.GetGrain<IWalletGrain>(clientId).GetBalancesAsync()).Single(b => b.Account == LedgerAccounts.ClientFunds(clientId));
        Assert.Equal(0, funds.BalanceMinor);
    }

    [Fact]
    public async Task ALateCancellationRefundsThePolicysShareOnceAndTheCounselorEarnsOnTheRest()
    {
        var counselor = await platform.BookableCounselorAsync(Scenario.Profile("Dr. Half Refund", price: 9000));
        var auth = await platform.RegisterAsync("client");
        using var client = platform.CreateClient(auth.AccessToken);
        var held = await client.HoldAsync(counselor.Id, Scenario.SlotAhead(TimeSpan.FromHours(3)));
        var intent = "pi_test_" + held.Id.ToString("N");
        (await DeliverAsync(Completed("evt_" + Guid.NewGuid().ToString("N"), held, auth.User.Id, intent))).EnsureSuccessStatusCode();

        var cancelled = await client.PostAsJsonAsync(Routes.Appointments.Cancel(held.Id), new Counseling.Api.Contracts.CancelRequest(null));
        var summary = (await cancelled.Content.ReadFromJsonAsync<AppointmentSummary>(Json.Options))!;
        Assert.Equal(AppointmentStatus.LateCancelled, summary.Status);
        Assert.Equal(4500, summary.RefundedMinor);
        await client.PostAsJsonAsync(Routes.Appointments.Cancel(held.Id), new Counseling.Api.Contracts.CancelRequest(null));

        var refund = Assert.Single(platform.Stripe.Requests, r => r.Path == "/v1/refunds" && r.Form.GetValueOrDefault("payment_intent") == intent);
        Assert.Equal("4500", refund.Form["amount"]);
        Assert.Equal($"refund:{held.Id:N}", refund.IdempotencyKey);
        var payable = (await platform.Grains.GetGrain<IWalletGrain>(counselor.Id).GetBalancesAsync()).Single(b => b.Account == LedgerAccounts.CounselorPayable(counselor.Id));
        Assert.Equal(4500 - 675, payable.BalanceMinor); // half the price, less the 15% fee on that half
        Assert.Equal(0, (await platform.Grains.GetGrain<IWalletGrain>(auth.User.Id).GetBalancesAsync()).Single(b => b.Account == LedgerAccounts.ClientFunds(auth.User.Id)).BalanceMinor);
        var receipt = await (await client.GetAsync(Routes.Appointments.Receipt(held.Id))).Content.ReadAsStringAsync();
        Assert.Contains("45.00 USD refunded", receipt, StringComparison.Ordinal);
    }
}
