using Counseling.GrainInterfaces.Purchases;

namespace Counseling.Grains.Purchases;

[GenerateSerializer, Alias("Counseling.EntitlementsState")]
public sealed record EntitlementsState
{
    [Id(0)] public List<Entitlement> Entitlements { get; set; } = [];
}
