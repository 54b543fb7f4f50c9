namespace Counseling.GrainInterfaces.Accounts;

/// <summary>
/// Everything needed to create an account in one step. The password arrives already hashed:
/// plaintext passwords never leave the api node that received them.
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.NewAccount")]
public sealed record NewAccount(
    [property: Id(0)] Guid UserId,
    [property: Id(1)] string NormalizedEmail,
    [property: Id(2)] string DisplayName,
    [property: Id(3)] UserRole Role,
    [property: Id(4)] string PasswordHash);
