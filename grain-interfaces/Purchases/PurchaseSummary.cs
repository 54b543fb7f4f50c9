using Counseling.GrainInterfaces.Shared;

namespace Counseling.GrainInterfaces.Purchases;

[GenerateSerializer, Immutable, Alias("Counseling.PurchaseSummary")]
public sealed record PurchaseSummary(
    [property: Id(0)] PurchaseOrder Order,
    [property: Id(1)] PurchaseStatus Status,
    [property: Id(2)] PaymentReceipt? Payment,
    [property: Id(3)] DateTimeOffset CreatedAt,
    [property: Id(4)] DateTimeOffset? FulfilledAt,
    [property: Id(5)] string? Note);
