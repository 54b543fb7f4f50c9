namespace Counseling.GrainInterfaces.Payments;

/// <summary>
/// One line of a ledger transaction. Amounts are signed minor units: money moving into an account is positive, out
/// of it negative; the lines of a transaction sum to zero per currency.
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.LedgerLine")]
public sealed record LedgerLine(
    [property: Id(0)] string Account,
    [property: Id(1)] string Currency,
    [property: Id(2)] long AmountMinor,
    [property: Id(3)] string? Memo = null);
