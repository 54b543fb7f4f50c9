using Counseling.GrainInterfaces.Purchases;

namespace Counseling.Grains.Purchases;

[GenerateSerializer, Alias("Counseling.CounselorContentState")]
public sealed record CounselorContentState
{
    [Id(0)] public List<ContentOffer> Offers { get; set; } = [];
}
