using Counseling.GrainInterfaces.Purchases;

namespace Counseling.Grains.Purchases;

[GenerateSerializer, Alias("Counseling.PurchaseState")]
public sealed record PurchaseState
{
    [Id(0)] public PurchaseSummary? Purchase { get; set; }
}
