using Counseling.GrainInterfaces.Payments;
using Counseling.Grains.Accounting;

namespace Counseling.Grains.Payments;

/// <summary>
/// Stateless apart from the ledger: balances are always derived from entries. Non-reentrant, so checking a
/// balance and spending from it cannot interleave with another spend of the same owner.
/// </summary>
[GrainType("wallet")]
public sealed class WalletGrain(ILedgerStore ledger, TimeProvider clock) : Grain, IWalletGrain
{
    public const int MaxStatementPage = 200;

    private Guid Owner => this.GetPrimaryKey();

    public Task<AccountBalance[]> GetBalancesAsync() => ledger.BalancesAsync(Owner);

    public Task<StatementLine[]> GetStatementAsync(long? beforeEntryId, int limit) =>
        ledger.StatementAsync(Owner, beforeEntryId, Math.Clamp(limit, 1, MaxStatementPage));

    public async Task<StatementPage> GetEntriesAsync(long? before, int limit)
    {
        var page = Math.Clamp(limit, 1, MaxStatementPage);
        return PersonalStatement.Page(Owner, await ledger.TransactionsAsync(Owner, before, page), page);
    }

    public async Task<bool> PostAsync(LedgerTransaction transaction)
    {
        if (!transaction.Lines.Any(l => LedgerOwners.Of(l.Account) == Owner))
        {
            throw new ArgumentException("The transaction does not touch this wallet.", nameof(transaction));
        }

        if (transaction.Lines.Any(l => l.AmountMinor == 0 || l.Currency.Length != 3))
        {
            throw new ArgumentException("Every line needs a non-zero amount and a currency code.", nameof(transaction));
        }

        // This owner's accounts never go below zero: a client cannot spend money it has not paid in, and more
        // cannot be paid out to a counselor than was earned.
        var balances = (await ledger.BalancesAsync(Owner)).ToDictionary(b => (b.Account, b.Currency), b => b.BalanceMinor);
        foreach (var change in transaction.Lines.Where(l => LedgerOwners.Of(l.Account) == Owner).GroupBy(l => (l.Account, l.Currency)))
        {
            if (balances.GetValueOrDefault(change.Key) + change.Sum(l => l.AmountMinor) < 0)
            {
                // A retry of a recorded transaction is a duplicate, whatever the balances are now: the money it moved
                // may have moved on since. Asked only here, so a posting that fits costs no extra query.
                return await ledger.IsRecordedAsync(transaction.IdempotencyKey)
                    ? false
                    : throw new InsufficientFundsException(change.Key.Account);
            }
        }

        return await ledger.PostAsync(transaction, clock.GetUtcNow());
    }
}
