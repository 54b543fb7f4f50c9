using Counseling.GrainInterfaces.Shared;

namespace Counseling.GrainInterfaces.Purchases;

/// <summary>The paid content one counselor sells, keyed by the counselor's user id.</summary>
[Alias("Counseling.ICounselorContentGrain")]
public interface ICounselorContentGrain : IGrainWithGuidKey
{
    Task<ContentOffer[]> GetOffersAsync(bool includeRetired);

    /// <summary>The listings clients can buy now: none while the counselor cannot be booked (only verified counselors sell).</summary>
    Task<ContentOffer[]> GetOnSaleAsync();

    /// <summary>Creates (no id) or changes a listing; the price is in the counselor's currency.</summary>
    Task<Result<ContentOffer>> SaveOfferAsync(Guid? offerId, ContentOfferDraft draft);

    /// <summary>Stops selling; everyone who bought keeps access.</summary>
    Task<bool> RetireOfferAsync(Guid offerId);
}
