using Counseling.GrainInterfaces.Purchases;
using Counseling.GrainInterfaces.Shared;

namespace Counseling.Grains.Purchases;

/// <summary>The membership plans on sale, bound from "Memberships"; the defaults are the demo's plans.</summary>
public sealed class MembershipOptions
{
    public const string Section = "Memberships";

    /// <summary>The length of a membership cycle (a month of 30 days).</summary>
    public TimeSpan CycleLength { get; set; } = TimeSpan.FromDays(30);

    public const int MaxPauseDaysPerCycle = 7;

    /// <summary>How long after a failed renewal it is tried again, and how many times before the membership ends.</summary>
    public TimeSpan RenewalRetryDelay { get; set; } = TimeSpan.FromDays(1);

    public int RenewalAttempts { get; set; } = 3;

    public List<PlanOptions> Plans { get; set; } = [];

    public static readonly PlanOptions[] DefaultPlans =
    [
        new() { Id = "care", Name = "Care", Description = "Two sessions a month with any counselor (up to 120.00 each).", MonthlyPriceMinor = 15900, IncludedSessions = 2, IncludedSessionPriceCapMinor = 12000 },
        new() { Id = "plus", Name = "Plus", Description = "20% off every session you book.", MonthlyPriceMinor = 1900, DiscountPercent = 20 },
    ];

    public MembershipPlan[] Resolve() =>
        (Plans.Count > 0 ? Plans : (IEnumerable<PlanOptions>)DefaultPlans)
        .Select(p => new MembershipPlan(p.Id, p.Name, p.Description, new Money(p.MonthlyPriceMinor, p.Currency.ToUpperInvariant()), p.IncludedSessions, p.IncludedSessionPriceCapMinor, p.DiscountPercent))
        .ToArray();

    public sealed class PlanOptions
    {
        public string Id { get; set; } = "";

        public string Name { get; set; } = "";

        public string Description { get; set; } = "";

        public long MonthlyPriceMinor { get; set; }

        public string Currency { get; set; } = "USD";

        public int IncludedSessions { get; set; }

        public long IncludedSessionPriceCapMinor { get; set; }

        public int DiscountPercent { get; set; }
    }

    public static bool IsValid(MembershipOptions o) =>
        o.CycleLength >= TimeSpan.FromDays(1) && o.RenewalAttempts >= 1 &&
        o.Resolve().All(p => p.Id.Length > 0 && p.MonthlyPrice.AmountMinor > 0 && p.MonthlyPrice.Currency.Length == 3 &&
            p.DiscountPercent is >= 0 and <= 90 && p.IncludedSessions >= 0 && (p.IncludedSessions == 0 || p.IncludedSessionPriceCapMinor > 0) &&
            (p.IncludedSessions > 0 || p.DiscountPercent > 0));
}
