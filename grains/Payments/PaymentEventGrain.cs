using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Notifications;
using Counseling.GrainInterfaces.Payments;
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
                await GrainFactory.GetGrain<IAppointmentGrain>(id).PaymentSucceededAsync(
                    new PaymentReceipt("stripe", reference, new Money(paymentEvent.AmountMinor, paymentEvent.Currency.ToUpperInvariant())));
                break;
            case "payment_intent.payment_failed" when paymentEvent is { ClientId: { } client, AppointmentId: { } id }:
                await GrainFactory.NotifyAsync(client, $"{id}-{this.GetPrimaryKeyString()}", NotificationKinds.HoldExpired,
                    "Payment failed", "Your payment did not go through. You can try again while the time is still held for you.", now, id);
                break;
            case "charge.dispute.created":
                logger.LogWarning("Payment {Reference} for appointment {AppointmentId} is disputed", paymentEvent.PaymentReference, paymentEvent.AppointmentId);
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
