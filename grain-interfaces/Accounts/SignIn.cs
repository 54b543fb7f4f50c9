namespace Counseling.GrainInterfaces.Accounts;

/// <summary>One sign-in (a device that holds a refresh token): what it is, from where it was last used, and when.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.SignIn")]
public sealed record SignIn(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Device,
    [property: Id(2)] string? Address,
    [property: Id(3)] DateTimeOffset StartedAt,
    [property: Id(4)] DateTimeOffset LastUsedAt);
