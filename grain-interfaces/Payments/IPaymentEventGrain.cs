namespace Counseling.GrainInterfaces.Payments;

/// <summary>
/// One provider event, keyed by the provider's event id: it is acted on once however often it is delivered.
/// Handlers act on the current state of the appointment, so events arriving out of order do no harm.
/// </summary>
[Alias("Counseling.IPaymentEventGrain")]
public interface IPaymentEventGrain : IGrainWithStringKey
{
    /// <summary>True when this delivery was acted on, false when the event had been handled before.</summary>
    Task<bool> HandleAsync(PaymentEvent paymentEvent);
}
