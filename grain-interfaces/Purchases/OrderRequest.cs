namespace Counseling.GrainInterfaces.Purchases;

/// <summary>
/// What a client asks to buy: a counselor's package or paid content (by counselor and offer), or a membership plan.
/// Only the ids travel; the purchase grain looks up the terms on sale and decides whether this client may buy them.
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.OrderRequest")]
public sealed record OrderRequest(
    [property: Id(0)] PurchaseKind Kind,
    [property: Id(1)] Guid? CounselorId = null,
    [property: Id(2)] Guid? OfferId = null,
    [property: Id(3)] string? PlanId = null)
{
    public static OrderRequest ForPackage(Guid counselorId, Guid offerId) => new(PurchaseKind.Package, counselorId, offerId);

    public static OrderRequest ForContent(Guid counselorId, Guid offerId) => new(PurchaseKind.Content, counselorId, offerId);

    public static OrderRequest ForMembership(string planId) => new(PurchaseKind.Membership, PlanId: planId);
}
