namespace Counseling.GrainInterfaces.Payments;

/// <summary>
/// One user's money, keyed by user id: balances derived from the ledger, a paged statement, and the postings that
/// must not interleave for one owner (so a balance can be checked and spent without a race).
/// </summary>
[Alias("Counseling.IWalletGrain")]
public interface IWalletGrain : IGrainWithGuidKey
{
    Task<AccountBalance[]> GetBalancesAsync();

    /// <summary>Entries on this user's accounts, newest first, before the given entry id (paging).</summary>
    Task<StatementLine[]> GetStatementAsync(long? beforeEntryId, int limit);

    /// <summary>
    /// The statement as the owner reads it: one entry per transaction, newest first, saying what was paid, refunded,
    /// used or earned and what for. Paged by <see cref="StatementPage.NextBefore"/>.
    /// </summary>
    Task<StatementPage> GetEntriesAsync(long? before, int limit);

    /// <summary>Records a balanced transaction touching this user's accounts. Idempotent on its key; false when it was already recorded.</summary>
    Task<bool> PostAsync(LedgerTransaction transaction);
}
