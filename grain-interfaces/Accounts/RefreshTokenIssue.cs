namespace Counseling.GrainInterfaces.Accounts;

/// <summary>A refresh token to remember, by its hash only, with its absolute expiry.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.RefreshTokenIssue")]
public sealed record RefreshTokenIssue(
    [property: Id(0)] string TokenHash,
    [property: Id(1)] DateTimeOffset ExpiresAt);
