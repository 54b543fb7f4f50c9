namespace Counseling.GrainInterfaces.Payments;

/// <summary>A line of an account's statement, newest first.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.StatementLine")]
public sealed record StatementLine(
    [property: Id(0)] long EntryId,
    [property: Id(1)] string Account,
    [property: Id(2)] string Kind,
    [property: Id(3)] string? Reference,
    [property: Id(4)] string Currency,
    [property: Id(5)] long AmountMinor,
    [property: Id(6)] string? Memo,
    [property: Id(7)] DateTimeOffset At);
