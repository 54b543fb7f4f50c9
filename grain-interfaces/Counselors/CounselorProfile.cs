using Counseling.GrainInterfaces.Shared;

namespace Counseling.GrainInterfaces.Counselors;

/// <summary>What clients see of a counselor, and what the counselor edits.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.CounselorProfile")]
public sealed record CounselorProfile(
    [property: Id(0)] string DisplayName,
    [property: Id(1)] string Bio,
    [property: Id(2)] string[] Specialties,
    [property: Id(3)] string[] Languages,
    [property: Id(4)] SessionModality[] Modalities,
    [property: Id(5)] Money PricePerSession,
    [property: Id(6)] int[] SessionLengthsMinutes,
    [property: Id(7)] string TimeZone);
