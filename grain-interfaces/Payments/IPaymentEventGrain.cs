namespace Counseling.GrainInterfaces.Payments;

/// <summary>What the platform needs from a payment provider's event, whatever the provider.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.PaymentEvent")]
public sealed record PaymentEvent(
    [property: Id(0)] string Type,
    [property: Id(1)] Guid? AppointmentId,
    [property: Id(2)] Guid? ClientId,
    [property: Id(3)] string? PaymentReference,
    [property: Id(4)] long AmountMinor,
    [property: Id(5)] string Currency,
    [property: Id(6)] Guid? PurchaseId = null,
    [property: Id(7)] string? ObjectId = null,
    [property: Id(8)] string? Reason = null,
    [property: Id(9)] bool? PayoutsEnabled = null,
    [property: Id(10)] DateTimeOffset? OccurredAt = null);

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
