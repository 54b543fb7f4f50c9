using Counseling.GrainInterfaces.Payments;

namespace Counseling.UnitTests.Accounting;

/// <summary>
/// The ledger's rules without the database: a transaction is recorded once per key and must balance per currency;
/// balances are the sums of the lines. What the property tests check goes beyond what PostgreSQL's trigger checks.
/// </summary>
internal sealed class LedgerModel
{
    private readonly Dictionary<string, long> _balances = [];
    private readonly HashSet<string> _keys = [];

    public long Balance(string account) => _balances.GetValueOrDefault(account);

    public IReadOnlyDictionary<string, long> Balances => _balances;

    public void Post(LedgerTransaction transaction)
    {
        Assert.True(_keys.Add(transaction.IdempotencyKey), $"The key {transaction.IdempotencyKey} was posted twice.");
        foreach (var currency in transaction.Lines.GroupBy(l => l.Currency))
        {
            Assert.True(currency.Sum(l => l.AmountMinor) == 0, $"{transaction.IdempotencyKey} does not balance in {currency.Key}.");
        }

        foreach (var line in transaction.Lines)
        {
            _balances[line.Account] = Balance(line.Account) + line.AmountMinor;
        }
    }
}
