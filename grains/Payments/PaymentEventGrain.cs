using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Notifications;
using Counseling.GrainInterfaces.Payments;
using Counseling.GrainInterfaces.Purchases;
using Counseling.GrainInterfaces.Shared;
using Counseling.Grains.Notifications;
using Microsoft.Extensions.Logging;

namespace Counseling.Grains.Payments;

[GrainType("payment-event")]
public sealed class PaymentEventGrain(
    [PersistentState("payment-event", StorageNames.Main)] IPersistentState<PaymentEventState> state,
    TimeProvider clock,
    ILogger<PaymentEventGrain> logger) : Grain, IPaymentEventGrain
{
    public async Task<bool> HandleAsync(PaymentEvent paymentEvent)
    {
        if (state.State.HandledAt is not null)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        switch (paymentEvent.Type)
        {
            case "checkout.session.completed" or "payment_intent.succeeded" when paymentEvent is { AppointmentId: { } id, PaymentReference: { } reference }:
                await GrainFactory.GetGrain<IPaymentLinkGrain>(reference).LinkAsync(id);
                await GrainFactory.GetGrain<IAppointmentGrain>(id).PaymentSucceededAsync(
                    new PaymentReceipt(PaymentMethods.Stripe, reference, new Money(paymentEvent.AmountMinor, paymentEvent.Currency.ToUpperInvariant())));
                break;
            case "checkout.session.completed" or "payment_intent.succeeded" when paymentEvent is { PurchaseId: { } id, PaymentReference: { } reference }:
                await GrainFactory.GetGrain<IPaymentLinkGrain>(reference).LinkAsync(id);
                await GrainFactory.GetGrain<IPurchaseGrain>(id).PaymentSucceededAsync(
                    new PaymentReceipt(PaymentMethods.Stripe, reference, new Money(paymentEvent.AmountMinor, paymentEvent.Currency.ToUpperInvariant())));
                break;
            case "payment_intent.payment_failed" when paymentEvent is { ClientId: { } client, PurchaseId: { } id }:
                await GrainFactory.NotifyAsync(client, $"{id}-{this.GetPrimaryKeyString()}", NotificationKinds.PurchaseCompleted,
                    "Payment failed", "Your payment did not go through, so nothing was bought. You can try again from the same page.", now);
                break;
            case "payment_intent.payment_failed" when paymentEvent is { ClientId: { } client, AppointmentId: { } id }:
                await GrainFactory.NotifyAsync(client, $"{id}-{this.GetPrimaryKeyString()}", NotificationKinds.HoldExpired,
                    "Payment failed", "Your payment did not go through. You can try again while the time is still held for you.", now, id);
                break;
            case "account.updated" when paymentEvent is { ClientId: { } counselor, ObjectId: { } account }:
                await GrainFactory.GetGrain<ISettlementGrain>(counselor).PayoutAccountUpdatedAsync(account, paymentEvent.PayoutsEnabled ?? false);
                break;
            case "charge.dispute.created" or "charge.dispute.closed" or "charge.dispute.updated":
                // Operators answer disputes (with evidence, at the provider); the platform puts each one in front of them.
                logger.LogWarning("Payment {Reference} is disputed ({Type}, {Reason})", paymentEvent.PaymentReference, paymentEvent.Type, paymentEvent.Reason);
                var disputed = paymentEvent.AppointmentId ?? paymentEvent.PurchaseId; // a dispute has no metadata of ours
                if (disputed is null && paymentEvent.PaymentReference is { } paid)
                {
                    disputed = await GrainFactory.GetGrain<IPaymentLinkGrain>(paid).GetOrderAsync();
                }

                await GrainFactory.GetGrain<IPaymentDisputesGrain>(0).RecordAsync(new PaymentDispute(
                    paymentEvent.ObjectId ?? this.GetPrimaryKeyString(), paymentEvent.PaymentReference, disputed,
                    new Money(paymentEvent.AmountMinor, paymentEvent.Currency.ToUpperInvariant()), paymentEvent.Reason, paymentEvent.Type, paymentEvent.OccurredAt ?? now, null, null));
                break;
            default:
                // charge.refunded confirms what the ledger recorded when the refund was made; other types are not used.
                break;
        }

        state.State.HandledAt = now;
        await state.WriteStateAsync();
        return true;
    }
}
