namespace Counseling.GrainInterfaces.Counselors;

[GenerateSerializer, Immutable, Alias("Counseling.Slot")]
public sealed record Slot(
    [property: Id(0)] DateTimeOffset Start,
    [property: Id(1)] DateTimeOffset End);
