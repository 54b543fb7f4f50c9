using Counseling.GrainInterfaces.Shared;

namespace Counseling.GrainInterfaces.Purchases;

/// <summary>
/// A counselor's package: a number of sessions of one length for one price, to be used within a number of days.
/// A purchase copies these terms, so retiring or changing an offer never changes what a client already bought.
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.PackageOffer")]
public sealed record PackageOffer(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid CounselorId,
    [property: Id(2)] string CounselorName,
    [property: Id(3)] string Name,
    [property: Id(4)] int Sessions,
    [property: Id(5)] int SessionMinutes,
    [property: Id(6)] Money Price,
    [property: Id(7)] int ValidDays,
    [property: Id(8)] bool Retired) : ISaleOffer;
