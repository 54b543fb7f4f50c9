using Counseling.GrainInterfaces.Counselors;

namespace Counseling.GrainInterfaces.Purchases;

[GenerateSerializer, Alias("Counseling.ContentKind")]
public enum ContentKind
{
    Course,
    Article,
    Seminar,
}

/// <summary>
/// A piece of paid content a counselor sells (a course, an article or a live seminar), as listed for sale. Buying
/// it grants an entitlement; the content itself (lessons, text, the seminar room) is served by the content module,
/// which checks the entitlement.
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.ContentOffer")]
public sealed record ContentOffer(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid CounselorId,
    [property: Id(2)] string CounselorName,
    [property: Id(3)] ContentKind Kind,
    [property: Id(4)] string Title,
    [property: Id(5)] string Summary,
    [property: Id(6)] Money Price,
    [property: Id(7)] bool Retired);

[GenerateSerializer, Immutable, Alias("Counseling.ContentOfferDraft")]
public sealed record ContentOfferDraft(
    [property: Id(0)] ContentKind Kind,
    [property: Id(1)] string Title,
    [property: Id(2)] string Summary,
    [property: Id(3)] long PriceMinor);

[GenerateSerializer, Immutable, Alias("Counseling.ContentOfferResult")]
public sealed record ContentOfferResult(
    [property: Id(0)] ContentOffer? Offer,
    [property: Id(1)] string? Error,
    [property: Id(2)] string? Detail);

/// <summary>The paid content one counselor sells, keyed by the counselor's user id.</summary>
[Alias("Counseling.ICounselorContentGrain")]
public interface ICounselorContentGrain : IGrainWithGuidKey
{
    Task<ContentOffer[]> GetOffersAsync(bool includeRetired);

    /// <summary>Creates (no id) or changes a listing; the price is in the counselor's currency.</summary>
    Task<ContentOfferResult> SaveOfferAsync(Guid? offerId, ContentOfferDraft draft);

    /// <summary>Stops selling; everyone who bought keeps access.</summary>
    Task<bool> RetireOfferAsync(Guid offerId);
}
