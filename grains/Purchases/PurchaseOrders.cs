using Counseling.GrainInterfaces.Purchases;
using Counseling.GrainInterfaces.Shared;

namespace Counseling.Grains.Purchases;

/// <summary>
/// Who may buy what, and the order that copies its terms. The purchase grain records only what this builds, so no
/// caller can place an order the rules refuse or with terms that are not on sale.
/// </summary>
public static class PurchaseOrders
{
    /// <summary>The order a client may place for a request, or why not. Reads the offers, plans and ownership as they are now.</summary>
    public static Task<Result<PurchaseOrder>> BuildAsync(IGrainFactory grains, Guid orderId, Guid clientId, OrderRequest request) => request.Kind switch
    {
        PurchaseKind.Package => PackageAsync(grains, orderId, clientId, request),
        PurchaseKind.Content => ContentAsync(grains, orderId, clientId, request),
        PurchaseKind.Membership => MembershipAsync(grains, orderId, clientId, request),
        _ => Task.FromResult<Result<PurchaseOrder>>(DomainError.Invalid("kind", "Use \"package\", \"membership\" or \"content\".")),
    };

    public static PurchaseOrder Package(Guid orderId, Guid clientId, PackageOffer offer) =>
        new(orderId, clientId, PurchaseKind.Package, $"{offer.Name}: {offer.Sessions} × {offer.SessionMinutes}-minute sessions with {offer.CounselorName}", offer.Price, offer, null);

    public static PurchaseOrder Content(Guid orderId, Guid clientId, ContentOffer content) =>
        new(orderId, clientId, PurchaseKind.Content, $"{content.Title} ({content.Kind.ToString().ToLowerInvariant()} by {content.CounselorName})", content.Price, null, null, content);

    public static PurchaseOrder Membership(Guid orderId, Guid clientId, MembershipPlan plan) =>
        new(orderId, clientId, PurchaseKind.Membership, $"{plan.Name} membership", plan.MonthlyPrice, null, plan);

    private static async Task<Result<PurchaseOrder>> PackageAsync(IGrainFactory grains, Guid orderId, Guid clientId, OrderRequest request)
    {
        if (request.CounselorId is not { } counselorId || request.OfferId is not { } offerId)
        {
            return DomainError.Invalid("offerId", "A package order names the counselor (counselorId) and the offer (offerId).");
        }

        var offer = (await grains.GetGrain<ICounselorPackagesGrain>(counselorId).GetOnSaleAsync()).FirstOrDefault(o => o.Id == offerId);
        if (offer is null)
        {
            return DomainError.NotFound("This counselor does not sell such a package (any more).");
        }

        if (counselorId == clientId)
        {
            return DomainError.Invalid("counselorId", "You cannot buy your own package.");
        }

        return Package(orderId, clientId, offer);
    }

    private static async Task<Result<PurchaseOrder>> ContentAsync(IGrainFactory grains, Guid orderId, Guid clientId, OrderRequest request)
    {
        if (request.CounselorId is not { } sellerId || request.OfferId is not { } contentId)
        {
            return DomainError.Invalid("offerId", "A content order names the counselor (counselorId) and the content (offerId).");
        }

        var content = (await grains.GetGrain<ICounselorContentGrain>(sellerId).GetOnSaleAsync()).FirstOrDefault(o => o.Id == contentId);
        if (content is null)
        {
            return DomainError.NotFound("This counselor does not sell such content (any more).");
        }

        if (sellerId == clientId)
        {
            return DomainError.Invalid("counselorId", "You cannot buy your own content.");
        }

        // Content is bought once per account. Two orders placed before either is paid both pass here; the payment
        // of the second is refunded on delivery.
        if (await grains.GetGrain<IEntitlementsGrain>(clientId).FindAsync(contentId) is not null)
        {
            return new DomainError(ErrorCodes.AlreadyOwned, $"You already have \"{content.Title}\".");
        }

        return Content(orderId, clientId, content);
    }

    private static async Task<Result<PurchaseOrder>> MembershipAsync(IGrainFactory grains, Guid orderId, Guid clientId, OrderRequest request)
    {
        var plan = (await grains.GetGrain<IMembershipPlansGrain>(0).GetPlansAsync()).FirstOrDefault(p => p.Id == request.PlanId);
        if (plan is null)
        {
            return DomainError.Invalid("planId", "Choose one of the plans listed at /api/memberships/plans.");
        }

        // One membership at a time; as with content, a second order placed before the first is paid is refunded on delivery.
        if ((await grains.GetGrain<IMembershipGrain>(clientId).GetAsync()).Status is MembershipStatus.Active or MembershipStatus.Paused)
        {
            return new DomainError(ErrorCodes.MembershipExists, "You already have a running membership. Cancel it first, or wait for it to end.");
        }

        return Membership(orderId, clientId, plan);
    }
}
