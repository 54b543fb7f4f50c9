using Counseling.GrainInterfaces.Payments;

namespace Counseling.Grains.Payments;

[GenerateSerializer, Alias("Counseling.SettlementState")]
public sealed record SettlementState
{
    [Id(0)] public List<SettlementApplication> Applications { get; set; } = [];
    [Id(1)] public string? PayoutAccount { get; set; }

    /// <summary>Last known from the provider: the account can receive payouts.</summary>
    [Id(2)] public bool PayoutsEnabled { get; set; }

    [Id(3)] public bool DetailsSubmitted { get; set; }

    /// <summary>The settlement cycle (its run date) last run for this counselor; null until they are on the cycle.</summary>
    [Id(4)] public DateOnly? LastCycle { get; set; }
}
