using Counseling.GrainInterfaces.Purchases;

namespace Counseling.Grains.Purchases;

[GenerateSerializer, Alias("Counseling.CounselorPackagesState")]
public sealed record CounselorPackagesState
{
    [Id(0)] public List<PackageOffer> Offers { get; set; } = [];
}
