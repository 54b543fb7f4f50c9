namespace Counseling.GrainInterfaces.Payments;

/// <summary>A balanced movement, recorded once per idempotency key.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.LedgerTransaction")]
public sealed record LedgerTransaction(
    [property: Id(0)] string IdempotencyKey,
    [property: Id(1)] string Kind,
    [property: Id(2)] string? Reference,
    [property: Id(3)] LedgerLine[] Lines);
