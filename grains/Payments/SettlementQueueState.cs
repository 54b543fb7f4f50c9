using Counseling.GrainInterfaces.Payments;

namespace Counseling.Grains.Payments;

[GenerateSerializer, Alias("Counseling.SettlementQueueState")]
public sealed record SettlementQueueState
{
    [Id(0)] public List<PendingSettlement> Pending { get; set; } = [];
}
