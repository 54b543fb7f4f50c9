namespace Counseling.GrainInterfaces.Purchases;

/// <summary>The packages one counselor sells (session credits bought stay valid when an offer changes or is retired).</summary>
[Alias("Counseling.ICounselorPackagesGrain")]
public interface ICounselorPackagesGrain : ISaleOfferCatalog<PackageOffer, PackageOfferDraft>;
