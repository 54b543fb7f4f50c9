using Counseling.GrainInterfaces.Shared;

namespace Counseling.GrainInterfaces.Purchases;

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
    [property: Id(7)] bool Retired) : ISaleOffer;
