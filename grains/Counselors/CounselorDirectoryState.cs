using Counseling.GrainInterfaces.Counselors;

namespace Counseling.Grains.Counselors;

[GenerateSerializer, Alias("Counseling.CounselorDirectoryState")]
public sealed record CounselorDirectoryState
{
    [Id(0)] public Dictionary<Guid, DirectoryEntry> Entries { get; set; } = [];

    /// <summary>Counselors waiting for verification, oldest submission first.</summary>
    [Id(1)] public List<Guid> Pending { get; set; } = [];
}
