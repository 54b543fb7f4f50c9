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

/// <summary>A balanced movement, recorded once per idempotency key.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.LedgerTransaction")]
public sealed record LedgerTransaction(
    [property: Id(0)] string IdempotencyKey,
    [property: Id(1)] string Kind,
    [property: Id(2)] string? Reference,
    [property: Id(3)] LedgerLine[] Lines);

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

[GenerateSerializer, Immutable, Alias("Counseling.AccountBalance")]
public sealed record AccountBalance(
    [property: Id(0)] string Account,
    [property: Id(1)] string Currency,
    [property: Id(2)] long BalanceMinor);

/// <summary>The ledger's account names. User accounts carry the owner's id.</summary>
public static class LedgerAccounts
{
    /// <summary>Money the payment provider has collected for us and not yet paid out (an asset: goes negative as it fills).</summary>
    public const string ProviderClearing = "provider-clearing";

    public const string PlatformFees = "platform-fees";

    /// <summary>Money a client has paid that is not yet spent on a session.</summary>
    public static string ClientFunds(Guid userId) => $"client-funds:{userId:N}";

    /// <summary>What the platform owes a counselor for delivered sessions, until settled.</summary>
    public static string CounselorPayable(Guid userId) => $"counselor-payable:{userId:N}";

    /// <summary>Money on its way to a counselor's bank (paid out by transfer).</summary>
    public const string Payouts = "payouts";

    /// <summary>A client's prepaid package credits, valued at what was paid for them, until used or expired.</summary>
    public static string ClientCredits(Guid userId) => $"client-credits:{userId:N}";

    /// <summary>Membership fees in; the value of included sessions and member discounts out.</summary>
    public const string Memberships = "memberships";

    /// <summary>The value of package credits that expired unused (kept under the package's stated policy).</summary>
    public const string ExpiredCredits = "expired-credits";

    public static bool BelongsTo(string account, Guid userId) => account.EndsWith($":{userId:N}", StringComparison.Ordinal);
}
