using Counseling.GrainInterfaces.Shared;

namespace Counseling.GrainInterfaces.Purchases;

/// <summary>
/// What one counselor lists for sale of one kind (packages, content), keyed by the counselor's user id. A purchase
/// copies an offer's terms, so changing or retiring an offer never changes what a client already bought.
/// </summary>
[Alias("Counseling.ISaleOfferCatalog`2")]
public interface ISaleOfferCatalog<TOffer, TDraft> : IGrainWithGuidKey
    where TOffer : ISaleOffer
{
    /// <summary>The counselor's own list: active offers, and retired ones when asked.</summary>
    Task<TOffer[]> GetOffersAsync(bool includeRetired);

    /// <summary>The offers clients can buy now: none while the counselor cannot be booked (unverified, license expired, no hours).</summary>
    Task<TOffer[]> GetOnSaleAsync();

    /// <summary>Creates an offer (no id) or replaces an active one; the counselor's profile decides the currency.</summary>
    Task<Result<TOffer>> SaveOfferAsync(Guid? offerId, TDraft draft);

    /// <summary>Stops selling an offer; what was bought stays valid. False when there is no such active offer.</summary>
    Task<bool> RetireOfferAsync(Guid offerId);
}
