using Counseling.GrainInterfaces.Shared;

namespace Counseling.GrainInterfaces.Purchases;

/// <summary>The packages one counselor sells, keyed by the counselor's user id.</summary>
[Alias("Counseling.ICounselorPackagesGrain")]
public interface ICounselorPackagesGrain : IGrainWithGuidKey
{
    /// <summary>The offers clients can buy now (retired ones too when asked, for the counselor's own list).</summary>
    Task<PackageOffer[]> GetOffersAsync(bool includeRetired);

    /// <summary>The offers clients can buy now: none while the counselor cannot be booked (unverified, license expired, no hours).</summary>
    Task<PackageOffer[]> GetOnSaleAsync();

    /// <summary>Creates an offer (no id) or replaces one; the counselor's profile decides currency and session lengths.</summary>
    Task<Result<PackageOffer>> SaveOfferAsync(Guid? offerId, PackageOfferDraft draft);

    /// <summary>Stops selling an offer; credits already bought stay valid.</summary>
    Task<bool> RetireOfferAsync(Guid offerId);
}
