namespace Counseling.GrainInterfaces.Counselors;

[GenerateSerializer, Immutable, Alias("Counseling.DirectoryQuery")]
public sealed record DirectoryQuery(
    [property: Id(0)] string? Specialty,
    [property: Id(1)] string? Language,
    [property: Id(2)] SessionModality? Modality,
    [property: Id(3)] long? MinPriceMinor,
    [property: Id(4)] long? MaxPriceMinor,
    [property: Id(5)] int? AvailableWithinDays,
    [property: Id(6)] int Limit,
    [property: Id(7)] string? Jurisdiction = null);
