namespace Counseling.GrainInterfaces.Accounts;

/// <summary>
/// A refresh token to remember, by its hash only, with its absolute expiry, and where it is used from: the device (a
/// short description of the browser) and the network address.
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.RefreshTokenIssue")]
public sealed record RefreshTokenIssue(
    [property: Id(0)] string TokenHash,
    [property: Id(1)] DateTimeOffset ExpiresAt,
    [property: Id(2)] string? Device = null,
    [property: Id(3)] string? Address = null);
