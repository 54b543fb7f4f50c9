namespace Counseling.GrainInterfaces.Counselors;

/// <summary>A bookable counselor as the directory lists it.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.DirectoryEntry")]
public sealed record DirectoryEntry(
    [property: Id(0)] Guid CounselorId,
    [property: Id(1)] CounselorProfile Profile,
    [property: Id(2)] string Jurisdiction,
    [property: Id(3)] DateOnly CredentialExpiresOn,
    [property: Id(4)] DateTimeOffset? NextFreeSlot);
