namespace Counseling.GrainInterfaces.Accounts;

/// <summary>The public-to-self view of an account. Holds no credential material.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.UserProfile")]
public sealed record UserProfile(
    [property: Id(0)] Guid UserId,
    [property: Id(1)] string Email,
    [property: Id(2)] string DisplayName,
    [property: Id(3)] UserRole Role,
    [property: Id(4)] DateTimeOffset CreatedAt,
    [property: Id(5)] string? TimeZone = null,
    [property: Id(6)] ClockStyle Clock = ClockStyle.Auto);
