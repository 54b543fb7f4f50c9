namespace Counseling.GrainInterfaces.Counselors;

/// <summary>Everything about a counselor in one read: profile, credential, availability and bookability.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.CounselorView")]
public sealed record CounselorView(
    [property: Id(0)] Guid CounselorId,
    [property: Id(1)] CounselorProfile? Profile,
    [property: Id(2)] Credential? Credential,
    [property: Id(3)] Availability Availability,
    [property: Id(4)] bool Bookable,
    [property: Id(5)] CredentialDecision[] History);
