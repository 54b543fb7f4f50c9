namespace Counseling.GrainInterfaces.Matching;

/// <summary>The earliest free session among the matches: offered first to a client who needs help soon.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.SoonestSession")]
public sealed record SoonestSession(
    [property: Id(0)] Guid CounselorId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] DateTimeOffset Start);
