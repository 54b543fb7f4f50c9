using DbUp;
using Npgsql;

namespace Counseling.Silo.Database;

/// <summary>
/// Applies the versioned SQL migrations embedded in this assembly (Database/Migrations/NNNN-name.sql, in name
/// order). Each script runs once, recorded in schema_versions; a session-level advisory lock makes silos that
/// start together apply them one at a time, so a second silo or a restart changes nothing.
/// See docs/adr/0002-schema-and-migrations.md.
/// </summary>
public static class DatabaseMigrator
{
    /// <summary>Arbitrary but fixed: identifies this application's migration lock among PostgreSQL advisory locks.</summary>
    private const long MigrationLockKey = 0x436F756E73656C; // "Counsel"

    public static async Task<IReadOnlyList<string>> ApplyAsync(string connectionString, ILoggerFactory? loggerFactory = null, CancellationToken cancellationToken = default)
    {
        var logger = loggerFactory?.CreateLogger(typeof(DatabaseMigrator).FullName!);
        await using var lockConnection = new NpgsqlConnection(connectionString);
        await lockConnection.OpenAsync(cancellationToken);
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", lockConnection))
        {
            take.Parameters.AddWithValue("key", MigrationLockKey);
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            var builder = DeployChanges.To
                .PostgresqlDatabase(connectionString)
                .WithScriptsEmbeddedInAssembly(typeof(DatabaseMigrator).Assembly, name => name.Contains(".Database.Migrations.", StringComparison.Ordinal))
                .JournalToPostgresqlTable("public", "schema_versions")
                .WithTransactionPerScript()
                .WithVariablesDisabled(); // the scripts use $q$ dollar quoting, which DbUp would read as variables
            builder = loggerFactory is null ? builder.LogToNowhere() : builder.LogTo(loggerFactory);
            var upgrader = builder.Build();
            var result = upgrader.PerformUpgrade();
            if (!result.Successful)
            {
                throw new InvalidOperationException($"Database migration failed in {result.ErrorScript?.Name}: {result.Error.Message}", result.Error);
            }

            var applied = result.Scripts.Select(s => s.Name).ToList();
            logger?.LogInformation("Database schema is current ({Count} new migration(s) applied)", applied.Count);
            return applied;
        }
        finally
        {
            await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", lockConnection);
            release.Parameters.AddWithValue("key", MigrationLockKey);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }
}
