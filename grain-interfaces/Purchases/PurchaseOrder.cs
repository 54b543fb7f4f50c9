using Counseling.GrainInterfaces.Shared;

namespace Counseling.GrainInterfaces.Purchases;

/// <summary>What a client is buying, with the terms copied at the moment of the order.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.PurchaseOrder")]
public sealed record PurchaseOrder(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid ClientId,
    [property: Id(2)] PurchaseKind Kind,
    [property: Id(3)] string Title,
    [property: Id(4)] Money Price,
    [property: Id(5)] PackageOffer? Package,
    [property: Id(6)] MembershipPlan? Plan,
    [property: Id(7)] ContentOffer? Content = null);
