namespace Counseling.GrainInterfaces.Purchases;

[GenerateSerializer, Immutable, Alias("Counseling.MembershipView")]
public sealed record MembershipView(
    [property: Id(0)] MembershipStatus Status,
    [property: Id(1)] MembershipPlan? Plan,
    [property: Id(2)] int Cycle,
    [property: Id(3)] DateTimeOffset? PeriodStart,
    [property: Id(4)] DateTimeOffset? PeriodEnd,
    [property: Id(5)] int IncludedSessionsLeft,
    [property: Id(6)] bool CancelAtPeriodEnd,
    [property: Id(7)] DateTimeOffset? PausedUntil,
    [property: Id(8)] int PauseDaysLeftThisCycle,
    [property: Id(9)] string? LastRenewalError,
    [property: Id(10)] bool Simulated);
