namespace Counseling.Grains.Purchases;

[GenerateSerializer, Alias("Counseling.PurchaseHistoryState")]
public sealed record PurchaseHistoryState
{
    [Id(0)] public List<Guid> Purchases { get; set; } = [];
}
