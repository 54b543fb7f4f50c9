using Counseling.GrainInterfaces.Payments;
using Npgsql;

namespace Counseling.Grains.Payments;

public sealed class PostgresLedgerStore(NpgsqlDataSource database) : ILedgerStore
{
    public async Task<bool> IsRecordedAsync(string idempotencyKey)
    {
        await using var command = database.CreateCommand("SELECT EXISTS (SELECT 1 FROM ledger_transactions WHERE idempotency_key = $1)");
        command.Parameters.Add(new NpgsqlParameter { Value = idempotencyKey });
        return (bool)(await command.ExecuteScalarAsync())!;
    }

    public async Task<bool> PostAsync(LedgerTransaction transaction, DateTimeOffset at)
    {
        if (transaction.Lines.GroupBy(l => l.Currency).Any(g => g.Sum(l => l.AmountMinor) != 0))
        {
            throw new UnbalancedTransactionException(transaction.IdempotencyKey);
        }

        await using var connection = await database.OpenConnectionAsync();
        await using var tx = await connection.BeginTransactionAsync();
        var id = Guid.NewGuid();
        await using (var header = new NpgsqlCommand("""
            INSERT INTO ledger_transactions (transaction_id, idempotency_key, kind, reference, created_at)
            VALUES ($1, $2, $3, $4, $5) ON CONFLICT (idempotency_key) DO NOTHING
            """, connection, tx))
        {
            header.Parameters.Add(new NpgsqlParameter { Value = id });
            header.Parameters.Add(new NpgsqlParameter { Value = transaction.IdempotencyKey });
            header.Parameters.Add(new NpgsqlParameter { Value = transaction.Kind });
            header.Parameters.Add(new NpgsqlParameter { Value = (object?)transaction.Reference ?? DBNull.Value });
            header.Parameters.Add(new NpgsqlParameter { Value = at });
            if (await header.ExecuteNonQueryAsync() == 0)
            {
                return false; // recorded before: the same movement is never booked twice
            }
        }

        var batch = new NpgsqlBatch(connection, tx);
        foreach (var line in transaction.Lines)
        {
            var command = new NpgsqlBatchCommand("INSERT INTO ledger_entries (transaction_id, account, owner_id, currency, amount_minor, memo) VALUES ($1, $2, $3, $4, $5, $6)");
            command.Parameters.Add(new NpgsqlParameter { Value = id });
            command.Parameters.Add(new NpgsqlParameter { Value = line.Account });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)LedgerOwners.Of(line.Account) ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid });
            command.Parameters.Add(new NpgsqlParameter { Value = line.Currency });
            command.Parameters.Add(new NpgsqlParameter { Value = line.AmountMinor });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)line.Memo ?? DBNull.Value });
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync();
        await tx.CommitAsync(); // the deferred trigger re-checks the balance here
        return true;
    }

    public async Task<AccountBalance[]> BalancesAsync(Guid owner)
    {
        await using var command = database.CreateCommand("""
            SELECT account, currency, sum(amount_minor)::bigint FROM ledger_entries
             WHERE owner_id = $1 GROUP BY account, currency ORDER BY account, currency
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = owner });
        var balances = new List<AccountBalance>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            balances.Add(new AccountBalance(reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
        }

        return [.. balances];
    }

    public async Task<StatementLine[]> StatementAsync(Guid owner, long? beforeEntryId, int limit)
    {
        await using var command = database.CreateCommand("""
            SELECT e.entry_id, e.account, t.kind, t.reference, e.currency, e.amount_minor, e.memo, t.created_at
              FROM ledger_entries e JOIN ledger_transactions t ON t.transaction_id = e.transaction_id
             WHERE e.owner_id = $1 AND e.entry_id < $2
             ORDER BY e.entry_id DESC LIMIT $3
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = owner });
        command.Parameters.Add(new NpgsqlParameter { Value = beforeEntryId ?? long.MaxValue });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        return await ReadLinesAsync(command);
    }

    public async Task<RecordedTransaction[]> TransactionsAsync(Guid owner, long? beforeEntryId, int limit)
    {
        await using var command = database.CreateCommand("""
            WITH page AS (
                SELECT transaction_id, min(entry_id) AS first_entry FROM ledger_entries
                 WHERE owner_id = $1 AND entry_id < $2
                 GROUP BY transaction_id ORDER BY first_entry DESC LIMIT $3)
            SELECT p.first_entry, t.kind, t.reference, t.created_at, e.account, e.currency, e.amount_minor, e.memo
              FROM page p JOIN ledger_transactions t ON t.transaction_id = p.transaction_id
              JOIN ledger_entries e ON e.transaction_id = p.transaction_id
             ORDER BY p.first_entry DESC, e.entry_id
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = owner });
        command.Parameters.Add(new NpgsqlParameter { Value = beforeEntryId ?? long.MaxValue });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        var rows = new List<(RecordedTransaction Transaction, LedgerLine Line)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((new RecordedTransaction(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3), []),
                new LedgerLine(reader.GetString(4), reader.GetString(5), reader.GetInt64(6), reader.IsDBNull(7) ? null : reader.GetString(7))));
        }

        // Rows arrive grouped by transaction, newest first (GroupBy keeps that order).
        return [.. rows.GroupBy(r => r.Transaction.EntryId).Select(g => g.First().Transaction with { Lines = [.. g.Select(r => r.Line)] })];
    }

    public async Task<StatementLine[]> LinesAsync(string account, string kind)
    {
        await using var command = database.CreateCommand("""
            SELECT e.entry_id, e.account, t.kind, t.reference, e.currency, e.amount_minor, e.memo, t.created_at
              FROM ledger_entries e JOIN ledger_transactions t ON t.transaction_id = e.transaction_id
             WHERE e.account = $1 AND t.kind = $2 ORDER BY e.entry_id
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = account });
        command.Parameters.Add(new NpgsqlParameter { Value = kind });
        return await ReadLinesAsync(command);
    }

    /// <summary>Reads rows selected as entry_id, account, kind, reference, currency, amount_minor, memo, created_at.</summary>
    private static async Task<StatementLine[]> ReadLinesAsync(NpgsqlCommand command)
    {
        var lines = new List<StatementLine>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(new StatementLine(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4), reader.GetInt64(5), reader.IsDBNull(6) ? null : reader.GetString(6), reader.GetFieldValue<DateTimeOffset>(7)));
        }

        return [.. lines];
    }
}
