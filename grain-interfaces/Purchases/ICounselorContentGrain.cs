namespace Counseling.GrainInterfaces.Purchases;

/// <summary>The paid content one counselor sells (everyone who bought keeps access when a listing changes or is retired).</summary>
[Alias("Counseling.ICounselorContentGrain")]
public interface ICounselorContentGrain : ISaleOfferCatalog<ContentOffer, ContentOfferDraft>;
