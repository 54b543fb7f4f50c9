using Counseling.GrainInterfaces.Purchases;
using Counseling.GrainInterfaces.Shared;

namespace Counseling.Grains.Purchases;

[GenerateSerializer, Alias("Counseling.MembershipState")]
public sealed record MembershipState
{
    [Id(0)] public MembershipPlan? Plan { get; set; }

    /// <summary>The purchase that started the current membership (activation is idempotent on it).</summary>
    [Id(1)] public Guid? PurchaseId { get; set; }

    [Id(2)] public MembershipStatus Status { get; set; }

    [Id(3)] public int Cycle { get; set; }

    [Id(4)] public DateTimeOffset PeriodStart { get; set; }

    [Id(5)] public DateTimeOffset PeriodEnd { get; set; }

    [Id(6)] public bool CancelAtPeriodEnd { get; set; }

    [Id(7)] public DateTimeOffset? PausedUntil { get; set; }

    [Id(8)] public int PauseDaysUsedThisCycle { get; set; }

    /// <summary>The first payment: renewals charge the card saved with it.</summary>
    [Id(9)] public PaymentReceipt? FirstPayment { get; set; }

    /// <summary>Declined renewal attempts for the coming cycle (part of the renewal's idempotency key).</summary>
    [Id(10)] public int RenewalFailures { get; set; }

    [Id(11)] public string? LastRenewalError { get; set; }

    /// <summary>Included sessions used, by receipt reference.</summary>
    [Id(12)] public Dictionary<string, IncludedSessionUse> IncludedUses { get; set; } = [];

    /// <summary>When a past-due renewal is tried next (an earlier reminder tick is a duplicate and waits).</summary>
    [Id(13)] public DateTimeOffset? NextRetryAt { get; set; }
}

[GenerateSerializer, Alias("Counseling.IncludedSessionUse")]
public sealed record IncludedSessionUse(
    [property: Id(0)] Guid AppointmentId,
    [property: Id(1)] int Cycle,
    [property: Id(2)] bool Returned);
