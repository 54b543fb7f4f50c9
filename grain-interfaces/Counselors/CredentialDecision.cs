namespace Counseling.GrainInterfaces.Counselors;

/// <summary>One recorded event in a credential's life: who did what, when, and why.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.CredentialDecision")]
public sealed record CredentialDecision(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] Guid? ActorId,
    [property: Id(2)] string Action,
    [property: Id(3)] string? Reason);
