using Counseling.GrainInterfaces.Payments;

namespace Counseling.Grains.Payments;

/// <summary>For the no-database profile only: the ledger lives as long as the silo process.</summary>
public sealed class InMemoryLedgerStore : ILedgerStore
{
    private readonly Lock _lock = new();
    private readonly HashSet<string> _keys = [];
    private readonly List<(StatementLine Line, Guid? Owner, int Transaction)> _entries = [];

    public Task<bool> IsRecordedAsync(string idempotencyKey)
    {
        lock (_lock)
        {
            return Task.FromResult(_keys.Contains(idempotencyKey));
        }
    }

    public Task<bool> PostAsync(LedgerTransaction transaction, DateTimeOffset at)
    {
        if (transaction.Lines.GroupBy(l => l.Currency).Any(g => g.Sum(l => l.AmountMinor) != 0))
        {
            throw new UnbalancedTransactionException(transaction.IdempotencyKey);
        }

        lock (_lock)
        {
            if (!_keys.Add(transaction.IdempotencyKey))
            {
                return Task.FromResult(false);
            }

            foreach (var line in transaction.Lines)
            {
                _entries.Add((new StatementLine(_entries.Count + 1, line.Account, transaction.Kind, transaction.Reference, line.Currency, line.AmountMinor, line.Memo, at), LedgerOwners.Of(line.Account), _keys.Count));
            }

            return Task.FromResult(true);
        }
    }

    public Task<AccountBalance[]> BalancesAsync(Guid owner)
    {
        lock (_lock)
        {
            return Task.FromResult(_entries.Where(e => e.Owner == owner)
                .GroupBy(e => (e.Line.Account, e.Line.Currency))
                .Select(g => new AccountBalance(g.Key.Account, g.Key.Currency, g.Sum(e => e.Line.AmountMinor)))
                .OrderBy(b => b.Account).ToArray());
        }
    }

    public Task<StatementLine[]> StatementAsync(Guid owner, long? beforeEntryId, int limit)
    {
        lock (_lock)
        {
            return Task.FromResult(_entries.Where(e => e.Owner == owner && e.Line.EntryId < (beforeEntryId ?? long.MaxValue))
                .Select(e => e.Line).OrderByDescending(l => l.EntryId).Take(limit).ToArray());
        }
    }

    public Task<RecordedTransaction[]> TransactionsAsync(Guid owner, long? beforeEntryId, int limit)
    {
        lock (_lock)
        {
            var page = _entries.Where(e => e.Owner == owner && e.Line.EntryId < (beforeEntryId ?? long.MaxValue))
                .GroupBy(e => e.Transaction, (transaction, mine) => (Transaction: transaction, First: mine.Min(e => e.Line.EntryId)))
                .OrderByDescending(t => t.First).Take(limit);
            return Task.FromResult(page.Select(t =>
            {
                var lines = _entries.Where(e => e.Transaction == t.Transaction).Select(e => e.Line).ToArray();
                return new RecordedTransaction(t.First, lines[0].Kind, lines[0].Reference, lines[0].At,
                    [.. lines.Select(l => new LedgerLine(l.Account, l.Currency, l.AmountMinor, l.Memo))]);
            }).ToArray());
        }
    }

    public Task<StatementLine[]> LinesAsync(string account, string kind)
    {
        lock (_lock)
        {
            return Task.FromResult(_entries.Where(e => e.Line.Account == account && e.Line.Kind == kind).Select(e => e.Line).ToArray());
        }
    }
}
