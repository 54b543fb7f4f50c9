using System.Net;
using System.Net.Http.Json;
using System.Text;
using Counseling.Api.Apis;
using Counseling.Api.Contracts;
using Counseling.GrainInterfaces.Purchases;
using Counseling.Tests.Infrastructure;

namespace Counseling.Tests.Api;

/// <summary>Orders paid through Stripe Checkout: what Stripe receives, and the webhook that delivers them.</summary>
[Collection(StripeCollection.Name)]
public sealed class StripePurchaseTests(StripePlatformFixture platform)
{
    private async Task<HttpResponseMessage> DeliverAsync(string payload)
    {
        using var anonymous = platform.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, Routes.Payments.Webhook) { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.Add("Stripe-Signature", FakeStripe.Sign(payload, StripePlatformFixture.WebhookSecret, DateTimeOffset.UtcNow));
        return await anonymous.SendAsync(request);
    }

    private static string Completed(string eventId, PurchaseSummary order, Guid clientId, string paymentIntent, long? amount = null) =>
        FakeStripe.Event(eventId, "checkout.session.completed", new Dictionary<string, object?>
        {
            ["id"] = "cs_test_" + order.Order.Id.ToString("N"),
            ["object"] = "checkout.session",
            ["payment_intent"] = paymentIntent,
            ["payment_status"] = "paid",
            ["amount_total"] = amount ?? order.Order.Price.AmountMinor,
            ["currency"] = order.Order.Price.Currency.ToLowerInvariant(),
            ["metadata"] = new Dictionary<string, string> { ["purchase_id"] = order.Order.Id.ToString(), ["wallet_id"] = clientId.ToString() },
        });

    [Fact]
    public async Task AMembershipCheckoutSavesTheCardAndTheWebhookStartsTheMembershipOnce()
    {
        var auth = await platform.RegisterAsync("client");
        using var client = platform.CreateClient(auth.AccessToken);
        var created = await client.PostAsJsonAsync(Routes.Purchases.Prefix, new PurchaseRequest("membership", null, null, "care"));
        var order = (await created.Content.ReadFromJsonAsync<PurchaseSummary>(Json.Options))!;

        var checkout = await client.PostAsync(Routes.Purchases.Checkout(order.Order.Id), null);
        Assert.StartsWith("https://checkout.stripe.test/", (await checkout.Content.ReadFromJsonAsync<CheckoutResponse>())!.Url, StringComparison.Ordinal);
        var sent = Assert.Single(platform.Stripe.Requests, r => r.Path == "/v1/checkout/sessions" && r.Form.GetValueOrDefault("metadata[purchase_id]") == order.Order.Id.ToString());
        Assert.Equal($"checkout:{order.Order.Id:N}", sent.IdempotencyKey);
        Assert.Equal("always", sent.Form["customer_creation"]);
        Assert.Equal("off_session", sent.Form["payment_intent_data[setup_future_usage]"]);
        Assert.Equal(order.Order.Id.ToString(), sent.Form["payment_intent_data[metadata][purchase_id]"]);
        Assert.Equal(auth.User.Id.ToString(), sent.Form["metadata[wallet_id]"]);
        Assert.False(sent.Form.ContainsKey("payment_intent_data[transfer_group]")); // only sessions are paid out to counselors
        Assert.Equal(order.Order.Price.AmountMinor.ToString(System.Globalization.CultureInfo.InvariantCulture), sent.Form["line_items[0][price_data][unit_amount]"]);

        var intent = "pi_test_" + Guid.NewGuid().ToString("N");
        var payload = Completed("evt_" + Guid.NewGuid().ToString("N"), order, auth.User.Id, intent);
        Assert.Equal(HttpStatusCode.OK, (await DeliverAsync(payload)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await DeliverAsync(payload)).StatusCode); // the same event again
        Assert.Equal(HttpStatusCode.OK, (await DeliverAsync(Completed("evt_" + Guid.NewGuid().ToString("N"), order, auth.User.Id, intent))).StatusCode); // another event, same payment

        var membership = (await client.GetFromJsonAsync<MembershipView>(Routes.Membership.Prefix, Json.Options))!;
        Assert.Equal(MembershipStatus.Active, membership.Status);
        Assert.False(membership.Simulated);
        var wallet = (await client.GetFromJsonAsync<WalletResponse>(Routes.Wallet.Prefix, Json.Options))!;
        Assert.Single(wallet.Statement, l => l.Kind == "membership-fee" && l.AmountMinor > 0);
        var paid = (await client.GetFromJsonAsync<PurchaseSummary>(Routes.Purchases.ById(order.Order.Id), Json.Options))!;
        Assert.Equal(PurchaseStatus.Fulfilled, paid.Status);
        Assert.Equal(intent, paid.Payment!.Reference);
    }

    [Fact]
    public async Task APackagePaymentOfTheWrongAmountDeliversNothingAndIsRefundedAtStripe()
    {
        var counselor = await platform.BookableCounselorAsync();
        var offer = (await (await counselor.Client.PostAsJsonAsync(Routes.PackageOffers.Prefix, new PackageOfferDraft("Five", 5, 50, 35000, 120)))
            .Content.ReadFromJsonAsync<PackageOffer>(Json.Options))!;
        var auth = await platform.RegisterAsync("client");
        using var client = platform.CreateClient(auth.AccessToken);
        var order = (await (await client.PostAsJsonAsync(Routes.Purchases.Prefix, new PurchaseRequest("package", counselor.Id, offer.Id, null)))
            .Content.ReadFromJsonAsync<PurchaseSummary>(Json.Options))!;

        var intent = "pi_test_" + Guid.NewGuid().ToString("N");
        Assert.Equal(HttpStatusCode.OK, (await DeliverAsync(Completed("evt_" + Guid.NewGuid().ToString("N"), order, auth.User.Id, intent, amount: 100))).StatusCode);

        var purchases = (await client.GetFromJsonAsync<PurchasesResponse>(Routes.Purchases.Prefix, Json.Options))!;
        Assert.Empty(purchases.Credits);
        Assert.Equal(PurchaseStatus.Pending, Assert.Single(purchases.Purchases).Status);
        var refund = Assert.Single(platform.Stripe.Requests, r => r.Path == "/v1/refunds" && r.Form.GetValueOrDefault("payment_intent") == intent);
        Assert.Equal("100", refund.Form["amount"]);
        Assert.Equal($"refund:{intent}", refund.IdempotencyKey);
        Assert.Equal(order.Order.Id.ToString(), refund.Form["metadata[purchase_id]"]);
    }

    [Fact]
    public async Task ADisputeIsPutInFrontOfOperatorsWhoRecordTheirReview()
    {
        var disputeId = "dp_test_" + Guid.NewGuid().ToString("N");
        var intent = "pi_test_" + Guid.NewGuid().ToString("N");
        var buyer = await platform.RegisterAsync("client");
        using var buyerClient = platform.CreateClient(buyer.AccessToken);
        var order = (await (await buyerClient.PostAsJsonAsync(Routes.Purchases.Prefix, new PurchaseRequest("membership", null, null, "care")))
            .Content.ReadFromJsonAsync<PurchaseSummary>(Json.Options))!;
        Assert.Equal(HttpStatusCode.OK, (await DeliverAsync(Completed("evt_" + Guid.NewGuid().ToString("N"), order, buyer.User.Id, intent))).StatusCode);

        // Like Stripe's, the dispute carries the PaymentIntent id and none of the platform's metadata.
        object Dispute(string status) => new Dictionary<string, object?>
        {
            ["id"] = disputeId,
            ["object"] = "dispute",
            ["amount"] = 8000,
            ["currency"] = "usd",
            ["payment_intent"] = intent,
            ["reason"] = "fraudulent",
            ["status"] = status,
            ["metadata"] = new Dictionary<string, string>(),
        };
        Assert.Equal(HttpStatusCode.OK, (await DeliverAsync(FakeStripe.Event("evt_" + Guid.NewGuid().ToString("N"), "charge.dispute.created", Dispute("needs_response")))).StatusCode);

        using var op = await platform.OperatorClientAsync();
        var disputes = (await op.GetFromJsonAsync<GrainInterfaces.Payments.PaymentDispute[]>(Routes.Disputes.Prefix, Json.Options))!;
        var dispute = Assert.Single(disputes, d => d.DisputeId == disputeId);
        Assert.Equal(intent, dispute.PaymentReference);
        Assert.Equal(order.Order.Id, dispute.OrderId); // traced to what the payment bought
        Assert.Equal(8000, dispute.Amount.AmountMinor);
        Assert.Contains("fraudulent", dispute.Reason, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await op.PostAsJsonAsync(Routes.Disputes.Review(disputeId), new ReviewRequest("Evidence submitted: session transcript and booking record."))).StatusCode);
        await (await op.PostAsJsonAsync(Routes.Disputes.Review("dp_unknown"), new ReviewRequest("x"))).AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
        Assert.Equal(HttpStatusCode.OK, (await DeliverAsync(FakeStripe.Event("evt_" + Guid.NewGuid().ToString("N"), "charge.dispute.closed", Dispute("won")))).StatusCode);
        dispute = Assert.Single((await op.GetFromJsonAsync<GrainInterfaces.Payments.PaymentDispute[]>(Routes.Disputes.Prefix, Json.Options))!, d => d.DisputeId == disputeId);
        Assert.Contains("won", dispute.Reason, StringComparison.Ordinal);
        Assert.NotNull(dispute.ReviewedBy); // the review survives the provider's later update

        using var client = platform.CreateClient((await platform.RegisterAsync("client")).AccessToken);
        await (await client.GetAsync(Routes.Disputes.Prefix)).AssertProblemAsync(HttpStatusCode.Forbidden, "/problems/forbidden");
    }
}
