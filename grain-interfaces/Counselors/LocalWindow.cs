namespace Counseling.GrainInterfaces.Counselors;

/// <summary>A wall-clock window on one date.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.LocalWindow")]
public sealed record LocalWindow(
    [property: Id(0)] TimeOnly Start,
    [property: Id(1)] TimeOnly End);
