namespace Counseling.GrainInterfaces.Counselors;

/// <summary>A bookable counselor as the directory lists it.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.DirectoryEntry")]
public sealed record DirectoryEntry(
    [property: Id(0)] Guid CounselorId,
    [property: Id(1)] CounselorProfile Profile,
    [property: Id(2)] string Jurisdiction,
    [property: Id(3)] DateOnly CredentialExpiresOn,
    [property: Id(4)] DateTimeOffset? NextFreeSlot);

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
