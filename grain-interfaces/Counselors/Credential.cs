namespace Counseling.GrainInterfaces.Counselors;

/// <summary>A counselor's license and where its verification stands.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.Credential")]
public sealed record Credential(
    [property: Id(0)] string LicenseNumber,
    [property: Id(1)] string Jurisdiction,
    [property: Id(2)] DateOnly ExpiresOn,
    [property: Id(3)] CredentialStatus Status,
    [property: Id(4)] string? RejectionReason,
    [property: Id(5)] DateTimeOffset SubmittedAt);
