using Counseling.GrainInterfaces.Shared;

namespace Counseling.GrainInterfaces.Payments;

/// <summary>A chargeback as operators see it: the latest provider status, and who reviewed it.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.PaymentDispute")]
public sealed record PaymentDispute(
    [property: Id(0)] string DisputeId,
    [property: Id(1)] string? PaymentReference,
    [property: Id(2)] Guid? OrderId,
    [property: Id(3)] Money Amount,
    [property: Id(4)] string? Reason,
    [property: Id(5)] string LastEvent,
    [property: Id(6)] DateTimeOffset UpdatedAt,
    [property: Id(7)] Guid? ReviewedBy,
    [property: Id(8)] string? ReviewNote);
