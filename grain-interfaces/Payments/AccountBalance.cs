namespace Counseling.GrainInterfaces.Payments;

[GenerateSerializer, Immutable, Alias("Counseling.AccountBalance")]
public sealed record AccountBalance(
    [property: Id(0)] string Account,
    [property: Id(1)] string Currency,
    [property: Id(2)] long BalanceMinor);
