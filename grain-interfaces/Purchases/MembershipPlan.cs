using Counseling.GrainInterfaces.Shared;

namespace Counseling.GrainInterfaces.Purchases;

/// <summary>
/// A monthly membership: a fee per 30-day cycle buying either included sessions (each covering one session with any
/// counselor up to a price cap) or a discount on every session, or both.
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.MembershipPlan")]
public sealed record MembershipPlan(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Description,
    [property: Id(3)] Money MonthlyPrice,
    [property: Id(4)] int IncludedSessions,
    [property: Id(5)] long IncludedSessionPriceCapMinor,
    [property: Id(6)] int DiscountPercent);
