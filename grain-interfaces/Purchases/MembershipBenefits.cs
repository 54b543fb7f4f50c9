using Counseling.GrainInterfaces.Shared;

namespace Counseling.GrainInterfaces.Purchases;

/// <summary>What a membership takes off a session's price at checkout.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.MembershipBenefits")]
public sealed record MembershipBenefits(
    [property: Id(0)] int DiscountPercent,
    [property: Id(1)] int IncludedSessionsLeft,
    [property: Id(2)] Money? IncludedSessionPriceCap,
    [property: Id(3)] string? PlanName);
