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
