namespace Counseling.GrainInterfaces.Counselors;

/// <summary>Replaces the weekly windows on one date; no windows means unavailable that day.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.DateOverride")]
public sealed record DateOverride(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] LocalWindow[] Windows);
