namespace Counseling.Grains.Accounts;

/// <summary>One refresh token, known only by its SHA-256 hash. Tokens of one sign-in share a family.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.RefreshTokenRecord")]
public sealed record RefreshTokenRecord(
    [property: Id(0)] string TokenHash,
    [property: Id(1)] Guid FamilyId,
    [property: Id(2)] DateTimeOffset ExpiresAt,
    [property: Id(3)] bool Spent);
