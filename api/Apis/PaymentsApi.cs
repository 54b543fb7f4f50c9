using System.Security.Claims;
using Counseling.Api.Auth;
using Counseling.Api.Contracts;
using Counseling.Api.Extensions;
using Counseling.Api.Problems;
using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Payments;
using Counseling.GrainInterfaces.Purchases;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Stripe;
using Stripe.Checkout;

namespace Counseling.Api.Apis;

/// <summary>The simulated provider's payment buttons (only without a real provider) and the Stripe webhook.</summary>
public static class PaymentsApi
{
    /// <summary>Stripe's events are a few kilobytes; refuse anything far larger before reading it.</summary>
    public const long MaxWebhookBytes = 256 * 1024;

    /// <summary>Stripe's event ids are a few dozen characters; the id becomes a grain key, which is stored.</summary>
    private const int MaxEventIdLength = 255;

    public sealed class PaymentsSettings
    {
        public string? StripeSecretKey { get; set; }

        public string? StripeWebhookSecret { get; set; }

        public bool Simulated => string.IsNullOrWhiteSpace(StripeSecretKey);
    }

    public static IEndpointRouteBuilder MapPaymentsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Routes.Payments.Prefix).WithTags("Payments");
        group.MapPost(Routes.Payments.SimulatedAppointmentTemplate, PaySimulatedAsync).WithName("PaySimulated")
            .WithSummary("Completes a simulated payment (only when no payment provider is configured).").RequireAuthorization(Policies.ClientOnly);
        group.MapPost(Routes.Payments.SimulatedPurchaseTemplate, PaySimulatedPurchaseAsync).WithName("PayPurchaseSimulated")
            .WithSummary("Completes a simulated payment of an order (only when no payment provider is configured).").RequireAuthorization(Policies.ClientOnly);
        group.MapPost(Routes.Payments.WebhookTemplate, WebhookAsync).WithName("StripeWebhook")
            .WithSummary("Stripe events, verified by signature on the raw body, handled once per event id.")
            .AllowAnonymous().WithMetadata(new ProblemDetailsExtensions.MaxBodySizeMetadata(MaxWebhookBytes));
        return app;
    }

    private static async Task<Results<Ok<AppointmentSummary>, ProblemHttpResult>> PaySimulatedAsync(Guid appointmentId, ClaimsPrincipal user, IClusterClient cluster, IOptions<PaymentsSettings> settings)
    {
        if (!settings.Value.Simulated)
        {
            return Problem.Of("not-found", "Payments go through the payment provider.");
        }

        var me = user.UserId();
        var grain = cluster.GetGrain<IAppointmentGrain>(appointmentId);
        if (await grain.GetAsync(me) is not { } appointment || SimulatedPayments.ForAppointment(appointment, me, await grain.GetAmountDueAsync(me)) is not { } receipt)
        {
            return Problem.Of("not-found", "There is no such appointment among yours.");
        }

        var result = await grain.PaymentSucceededAsync(receipt);
        return result.OkOrProblem();
    }

    private static async Task<Results<Ok<PurchaseSummary>, ProblemHttpResult>> PaySimulatedPurchaseAsync(Guid purchaseId, ClaimsPrincipal user, IClusterClient cluster, IOptions<PaymentsSettings> settings)
    {
        if (!settings.Value.Simulated)
        {
            return Problem.Of("not-found", "Payments go through the payment provider.");
        }

        var grain = cluster.GetGrain<IPurchaseGrain>(purchaseId);
        if (await grain.GetAsync(user.UserId()) is not { } purchase)
        {
            return Problem.Of("not-found", "There is no such order among yours.");
        }

        var result = await grain.PaymentSucceededAsync(SimulatedPayments.ForPurchase(purchase));
        return result.OkOrProblem();
    }

    private static async Task<Results<Ok<WebhookReceipt>, ProblemHttpResult>> WebhookAsync(HttpRequest request, IClusterClient cluster, IOptions<PaymentsSettings> settings, ILoggerFactory loggers)
    {
        var secret = settings.Value.StripeWebhookSecret;
        if (string.IsNullOrEmpty(secret))
        {
            return Problem.Of("not-found", "No payment provider webhook is configured.");
        }

        // The signature covers the exact bytes Stripe sent: read the raw body, never a re-serialized one.
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync();
        try
        {
            EventUtility.ValidateSignature(json, request.Headers["Stripe-Signature"], secret, tolerance: 300);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever the reason (no header, wrong secret, too old), an unverifiable body is refused.
            loggers.CreateLogger("Counseling.Payments").LogWarning("Refused a webhook: {Reason}", e.Message);
            return Problem.Validation("Stripe-Signature", "The signature does not match this body, or it is too old.");
        }

        Event stripeEvent;
        try
        {
            stripeEvent = EventUtility.ParseEvent(json, throwOnApiVersionMismatch: false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            loggers.CreateLogger("Counseling.Payments").LogWarning("Refused a signed webhook that is not an event: {Reason}", e.Message);
            return Problem.Of("malformed-request", "The body is correctly signed but is not a Stripe event.");
        }

        // Stripe always sends both; without an id the event cannot be handled exactly once, and without data there is
        // nothing to act on. Refused rather than acknowledged, so that the delivery shows as failed at the provider.
        if (string.IsNullOrWhiteSpace(stripeEvent?.Id) || stripeEvent.Id.Length > MaxEventIdLength)
        {
            return Problem.Validation("id", "A Stripe event carries its id (evt_...); this one has none, so nothing was done.");
        }

        if (stripeEvent.Data is null)
        {
            return Problem.Validation("data", "A Stripe event carries the object it is about in 'data'; this one has none, so nothing was done.");
        }

        var handled = await cluster.GetGrain<IPaymentEventGrain>(stripeEvent.Id).HandleAsync(ToPaymentEvent(stripeEvent));
        return TypedResults.Ok(new WebhookReceipt(Received: true, Duplicate: !handled));
    }

    private static PaymentEvent ToPaymentEvent(Event e)
    {
        static Guid? Id(IDictionary<string, string>? metadata, string key) =>
            metadata is not null && metadata.TryGetValue(key, out var value) && Guid.TryParse(value, out var id) ? id : null;

        var paymentEvent = e.Data.Object switch
        {
            Session s => new PaymentEvent(e.Type, Id(s.Metadata, "appointment_id"), Id(s.Metadata, "wallet_id"), s.PaymentIntentId, s.AmountTotal ?? 0, s.Currency ?? "usd", Id(s.Metadata, "purchase_id"), s.Id),
            PaymentIntent p => new PaymentEvent(e.Type, Id(p.Metadata, "appointment_id"), Id(p.Metadata, "wallet_id"), p.Id, p.AmountReceived > 0 ? p.AmountReceived : p.Amount, p.Currency ?? "usd", Id(p.Metadata, "purchase_id"), p.Id),
            Charge c => new PaymentEvent(e.Type, Id(c.Metadata, "appointment_id"), Id(c.Metadata, "wallet_id"), c.PaymentIntentId, c.AmountRefunded, c.Currency ?? "usd", Id(c.Metadata, "purchase_id"), c.Id),
            Account a => new PaymentEvent(e.Type, null, Id(a.Metadata, "counselor_id"), null, 0, "usd", null, a.Id, null, a.PayoutsEnabled),
            Dispute d => new PaymentEvent(e.Type, Id(d.Metadata, "appointment_id"), null, d.PaymentIntentId, d.Amount, d.Currency ?? "usd", Id(d.Metadata, "purchase_id"), d.Id, $"{d.Reason} ({d.Status})"),
            _ => new PaymentEvent(e.Type, null, null, null, 0, "usd"),
        };

        // When the provider says it happened, so a late retry of an older event does not look newer than it is.
        return paymentEvent with { OccurredAt = e.Created == default ? null : new DateTimeOffset(DateTime.SpecifyKind(e.Created, DateTimeKind.Utc)) };
    }
}
