namespace Counseling.GrainInterfaces.Accounts;

/// <summary>Result of claiming an email address for a new account.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.RegistrationOutcome")]
public sealed record RegistrationOutcome(
    [property: Id(0)] bool Created,
    [property: Id(1)] Guid UserId)
{
    public static RegistrationOutcome EmailTaken { get; } = new(false, Guid.Empty);
}
