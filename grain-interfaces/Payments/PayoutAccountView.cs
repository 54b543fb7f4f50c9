namespace Counseling.GrainInterfaces.Payments;

[GenerateSerializer, Immutable, Alias("Counseling.PayoutAccountView")]
public sealed record PayoutAccountView(
    [property: Id(0)] string? AccountId,
    [property: Id(1)] bool PayoutsEnabled,
    [property: Id(2)] bool DetailsSubmitted,
    [property: Id(3)] bool Simulated);
