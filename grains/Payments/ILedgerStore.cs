using Counseling.GrainInterfaces.Payments;

namespace Counseling.Grains.Payments;

/// <summary>The append-only ledger (docs/adr/0010-ledger.md).</summary>
public interface ILedgerStore
{
    /// <summary>Writes all lines in one database transaction; false when the idempotency key is already recorded.</summary>
    Task<bool> PostAsync(LedgerTransaction transaction, DateTimeOffset at);

    Task<AccountBalance[]> BalancesAsync(Guid owner);

    /// <summary>Whether a transaction with this idempotency key is already recorded.</summary>
    Task<bool> IsRecordedAsync(string idempotencyKey);

    Task<StatementLine[]> StatementAsync(Guid owner, long? beforeEntryId, int limit);

    /// <summary>
    /// The transactions touching an owner's accounts, newest first, each with all its lines; a page holds those whose
    /// first entry of the owner's is before <paramref name="beforeEntryId"/>, so a transaction is on exactly one page.
    /// </summary>
    Task<RecordedTransaction[]> TransactionsAsync(Guid owner, long? beforeEntryId, int limit);

    /// <summary>Lines on one account with a given transaction kind (e.g. a counselor's earnings), oldest first.</summary>
    Task<StatementLine[]> LinesAsync(string account, string kind);
}

public static class LedgerOwners
{
    /// <summary>The user an account belongs to ("client-funds:{id}"), or null for platform accounts.</summary>
    public static Guid? Of(string account)
    {
        var colon = account.LastIndexOf(':');
        return colon > 0 && Guid.TryParseExact(account.AsSpan(colon + 1), "N", out var id) ? id : null;
    }
}
