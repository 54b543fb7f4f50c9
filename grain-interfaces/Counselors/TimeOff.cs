namespace Counseling.GrainInterfaces.Counselors;

/// <summary>Whole days off, inclusive, in the counselor's time zone.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.TimeOff")]
public sealed record TimeOff(
    [property: Id(0)] DateOnly From,
    [property: Id(1)] DateOnly To,
    [property: Id(2)] string? Note);
