using Counseling.Silo.Database;
using Counseling.Tests.Infrastructure;
using Npgsql;

namespace Counseling.Tests.Database;

public sealed class SchemaTests
{
    private static readonly string[] RequiredQueryKeys =
    [
        "InsertMembershipVersionKey", "UpdateIAmAlivetimeKey", "InsertMembershipKey", "UpdateMembershipKey",
        "MembershipReadRowKey", "MembershipReadAllKey", "DeleteMembershipTableEntriesKey", "GatewaysQueryKey",
        "CleanupDefunctSiloEntriesKey", "ReadFromStorageKey", "WriteToStorageKey", "ClearStorageKey",
        "UpsertReminderRowKey", "ReadReminderRowsKey", "ReadReminderRowKey", "ReadRangeRows1Key",
        "ReadRangeRows2Key", "DeleteReminderRowKey", "DeleteReminderRowsKey",
    ];

    [Fact]
    public async Task ApplyingTheSchemaTwiceChangesNothing()
    {
        var connectionString = await TestDatabase.CreateEmptyAsync("schema");

        var first = await DatabaseMigrator.ApplyAsync(connectionString);
        var before = await SchemaFingerprintAsync(connectionString);
        var second = await DatabaseMigrator.ApplyAsync(connectionString);
        var after = await SchemaFingerprintAsync(connectionString);

        Assert.NotEmpty(first);
        Assert.Empty(second);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task SilosStartingTogetherApplyTheSchemaOnce()
    {
        var connectionString = await TestDatabase.CreateEmptyAsync("schema_race");

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => DatabaseMigrator.ApplyAsync(connectionString)));

        Assert.Single(runs, applied => applied.Count > 0);
        var journalRows = await TestDatabase.ScalarAsync<long>(connectionString, "SELECT count(*) FROM schema_versions");
        Assert.Equal(runs.Single(r => r.Count > 0).Count, journalRows);
    }

    [Fact]
    public async Task EveryQueryTheOrleansProvidersNeedIsPresent()
    {
        var connectionString = await TestDatabase.CreateMigratedAsync("schema_keys");
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT querykey FROM orleansquery", connection);
        var keys = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                keys.Add(reader.GetString(0));
            }
        }

        Assert.Empty(RequiredQueryKeys.Except(keys));
    }

    [Fact]
    public async Task NoTableIsLeftThatNothingUses()
    {
        var connectionString = await TestDatabase.CreateMigratedAsync("schema_unused");

        // Webhook deliveries are deduplicated by the PaymentEventGrain's own state; this table was never written.
        var webhookTable = await TestDatabase.ScalarAsync<string>(connectionString, "SELECT to_regclass('processed_webhook_events')::text");
        var ledgerTable = await TestDatabase.ScalarAsync<string>(connectionString, "SELECT to_regclass('ledger_entries')::text");

        Assert.Null(webhookTable);
        Assert.Equal("ledger_entries", ledgerTable); // the lookup itself finds tables that exist
    }

    /// <summary>Tables, columns, indexes and query texts: anything a re-application could change.</summary>
    private static Task<string?> SchemaFingerprintAsync(string connectionString) =>
        TestDatabase.ScalarAsync<string>(connectionString, """
            SELECT md5(
                (SELECT string_agg(table_name || '.' || column_name || ':' || data_type, ',' ORDER BY table_name, column_name)
                   FROM information_schema.columns WHERE table_schema = 'public')
             || (SELECT string_agg(indexdef, ',' ORDER BY indexdef) FROM pg_indexes WHERE schemaname = 'public')
             || (SELECT string_agg(querykey || querytext, ',' ORDER BY querykey) FROM orleansquery)
             || (SELECT count(*)::text FROM schema_versions))
            """);
}
