using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Counselors;

namespace Counseling.GrainInterfaces.Purchases;

[GenerateSerializer, Alias("Counseling.MembershipStatus")]
public enum MembershipStatus
{
    None,
    Active,
    Paused,

    /// <summary>A renewal charge failed; benefits are suspended while it is retried.</summary>
    PastDue,

    Ended,
}

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

/// <summary>What a membership takes off a session's price at checkout.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.MembershipBenefits")]
public sealed record MembershipBenefits(
    [property: Id(0)] int DiscountPercent,
    [property: Id(1)] int IncludedSessionsLeft,
    [property: Id(2)] Money? IncludedSessionPriceCap,
    [property: Id(3)] string? PlanName);

[GenerateSerializer, Immutable, Alias("Counseling.MembershipResult")]
public sealed record MembershipResult(
    [property: Id(0)] MembershipView? Membership,
    [property: Id(1)] string? Error,
    [property: Id(2)] string? Detail)
{
    public static MembershipResult Ok(MembershipView membership) => new(membership, null, null);

    public static MembershipResult Fail(string error, string detail) => new(null, error, detail);
}

/// <summary>
/// A client's membership, keyed by the client's user id: at most one at a time. Cycles are 30 days; a durable
/// reminder renews at the end of each (charging the card saved at the first payment) unless it was cancelled.
/// </summary>
[Alias("Counseling.IMembershipGrain")]
public interface IMembershipGrain : IGrainWithGuidKey
{
    Task<MembershipView> GetAsync();

    /// <summary>Starts the membership bought by a purchase. False when another membership is running (the caller refunds).</summary>
    Task<bool> ActivateAsync(Guid purchaseId, MembershipPlan plan, PaymentReceipt payment);

    /// <summary>Pauses for whole days (at most 7 per cycle in all); the cycle is lengthened by the pause.</summary>
    Task<MembershipResult> PauseAsync(int days);

    /// <summary>Ends a pause early; the unused pause days go back to the cycle's allowance.</summary>
    Task<MembershipResult> ResumeAsync();

    /// <summary>Stops renewal: the membership runs to the end of the paid cycle, then ends.</summary>
    Task<MembershipResult> CancelAsync();

    /// <summary>Undoes a cancellation before the cycle ends.</summary>
    Task<MembershipResult> KeepAsync();

    /// <summary>What the membership offers right now (nothing while paused, past due or ended).</summary>
    Task<MembershipBenefits?> GetBenefitsAsync();

    /// <summary>Uses an included session for an appointment (idempotent per appointment).</summary>
    Task<RedemptionResult> UseIncludedSessionAsync(Guid appointmentId, Money sessionPrice);

    /// <summary>Gives back an included session after a timely cancellation, if its cycle is still running.</summary>
    Task ReturnIncludedSessionAsync(string receiptReference);
}
