namespace Counseling.GrainInterfaces.Accounts;

/// <summary>
/// What the api needs to verify a password: the stored hash, unless the account is locked,
/// in which case <see cref="LockedUntil"/> is set and no hash is handed out.
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.PasswordCheckTicket")]
public sealed record PasswordCheckTicket(
    [property: Id(0)] string? PasswordHash,
    [property: Id(1)] DateTimeOffset? LockedUntil);
