using Counseling.Tests.Infrastructure;
using Npgsql;

namespace Counseling.Tests.Database;

/// <summary>The database itself keeps the ledger append-only, whatever statement reaches it.</summary>
public sealed class LedgerImmutabilityTests : IAsyncLifetime
{
    private string _connectionString = "";
    private Guid _transaction;

    public async Task InitializeAsync()
    {
        _connectionString = await TestDatabase.CreateMigratedAsync("ledger_rows");
        _transaction = await PostAsync(100);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A balanced two-line transaction, inserted the way the ledger store does.</summary>
    private async Task<Guid> PostAsync(long amount)
    {
        var id = Guid.NewGuid();
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var tx = await connection.BeginTransactionAsync();
        await using (var header = new NpgsqlCommand("INSERT INTO ledger_transactions VALUES (@id, @key, 'test', NULL, now())", connection, tx))
        {
            header.Parameters.AddWithValue("id", id);
            header.Parameters.AddWithValue("key", $"test:{id:N}");
            await header.ExecuteNonQueryAsync();
        }

        await using (var lines = new NpgsqlCommand("""
            INSERT INTO ledger_entries (transaction_id, account, currency, amount_minor)
            VALUES (@id, 'provider-clearing', 'USD', -@amount), (@id, 'platform-fees', 'USD', @amount)
            """, connection, tx))
        {
            lines.Parameters.AddWithValue("id", id);
            lines.Parameters.AddWithValue("amount", amount);
            await lines.ExecuteNonQueryAsync();
        }

        await tx.CommitAsync();
        return id;
    }

    private async Task<PostgresException> RefusedAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", _transaction);
        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
        Assert.Equal(PostgresErrorCodes.RestrictViolation, error.SqlState);
        Assert.StartsWith("ledger rows are append-only", error.MessageText, StringComparison.Ordinal);
        return error;
    }

    private Task<long> CountAsync(string sql) =>
        TestDatabase.ScalarAsync<long>(_connectionString, sql, ("id", _transaction));

    [Theory]
    [InlineData("UPDATE ledger_entries SET amount_minor = amount_minor * 2 WHERE transaction_id = @id", "UPDATE")]
    [InlineData("UPDATE ledger_entries SET memo = 'rewritten' WHERE transaction_id = @id", "UPDATE")]
    [InlineData("UPDATE ledger_transactions SET kind = 'rewritten' WHERE transaction_id = @id", "UPDATE")]
    [InlineData("DELETE FROM ledger_entries WHERE transaction_id = @id", "DELETE")]
    [InlineData("DELETE FROM ledger_transactions WHERE transaction_id = @id", "DELETE")]
    public async Task ChangingOrRemovingARecordedRowIsRefused(string sql, string operation)
    {
        var error = await RefusedAsync(sql);

        Assert.Contains($"{operation} on ledger_", error.MessageText, StringComparison.Ordinal);
        Assert.Equal(2, await CountAsync("SELECT count(*) FROM ledger_entries WHERE transaction_id = @id AND memo IS NULL AND abs(amount_minor) = 100"));
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM ledger_transactions WHERE transaction_id = @id AND kind = 'test'"));
    }

    [Theory]
    [InlineData("TRUNCATE ledger_entries")]
    [InlineData("TRUNCATE ledger_transactions CASCADE")]
    [InlineData("TRUNCATE ledger_entries, ledger_transactions")]
    public async Task EmptyingTheLedgerIsRefused(string sql)
    {
        var error = await RefusedAsync(sql);

        Assert.Contains("TRUNCATE on ledger_", error.MessageText, StringComparison.Ordinal);
        Assert.Equal(2, await CountAsync("SELECT count(*) FROM ledger_entries WHERE transaction_id = @id"));
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM ledger_transactions"));
    }

    [Fact]
    public async Task NewTransactionsAreStillRecorded()
    {
        var correction = await PostAsync(-100); // a mistake is undone by a reversing transaction, not an edit

        var entries = await TestDatabase.ScalarAsync<long>(_connectionString, "SELECT count(*) FROM ledger_entries WHERE transaction_id IN (@first, @second)",
            ("first", _transaction), ("second", correction));
        var net = await TestDatabase.ScalarAsync<decimal>(_connectionString, "SELECT sum(amount_minor) FROM ledger_entries WHERE account = 'platform-fees'");
        Assert.Equal(4, entries);
        Assert.Equal(0m, net);
    }
}
