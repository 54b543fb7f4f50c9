using Counseling.Silo.Database;
using Npgsql;

namespace Counseling.Tests.Infrastructure;

/// <summary>
/// Fresh databases on the PostgreSQL server that the test command started (see test.sh). Each fixture gets its
/// own database, so fixtures never see each other's rows.
/// </summary>
public static class TestDatabase
{
    public const string ServerVariable = "COUNSELING_TEST_POSTGRES";

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{ServerVariable} is not set. Run the tests with ./test.sh, which starts a private PostgreSQL and sets it.");

    /// <summary>Creates an empty database and returns a connection string to it.</summary>
    public static async Task<string> CreateEmptyAsync(string purpose)
    {
        var name = $"t_{purpose}_{Guid.NewGuid():N}"[..40].ToLowerInvariant();
        await using (var connection = new NpgsqlConnection(ServerConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Creates a database with the platform's schema applied, as a silo would at start-up.</summary>
    public static async Task<string> CreateMigratedAsync(string purpose)
    {
        var connectionString = await CreateEmptyAsync(purpose);
        await DatabaseMigrator.ApplyAsync(connectionString);
        return connectionString;
    }

    public static async Task<T?> ScalarAsync<T>(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? default : (T)result;
    }
}
