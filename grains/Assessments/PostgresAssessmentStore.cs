using Counseling.GrainInterfaces.Assessments;
using Npgsql;

namespace Counseling.Grains.Assessments;

public sealed class PostgresAssessmentStore(NpgsqlDataSource database) : IAssessmentStore
{
    private const string Columns = "response_id, client_id, instrument, answers, difficulty, total, band, flags, appointment_id, submitted_at";

    public async Task<AssessmentResponse> AppendAsync(AssessmentResponse response, string? idempotencyKey)
    {
        await using var command = database.CreateCommand($"""
            INSERT INTO assessment_responses ({Columns}, idempotency_key)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            ON CONFLICT (client_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = response.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = response.ClientId });
        command.Parameters.Add(new NpgsqlParameter { Value = response.Instrument });
        command.Parameters.Add(new NpgsqlParameter { Value = response.Answers.Select(a => (short)a).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = response.Difficulty is { } d ? (short)d : DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Smallint });
        command.Parameters.Add(new NpgsqlParameter { Value = (short)response.Total });
        command.Parameters.Add(new NpgsqlParameter { Value = response.Band });
        command.Parameters.Add(new NpgsqlParameter { Value = response.Flags });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)response.AppointmentId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter { Value = response.SubmittedAt });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)idempotencyKey ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        if (await command.ExecuteNonQueryAsync() == 1 || idempotencyKey is null)
        {
            return response;
        }

        return await FindByKeyAsync(response.ClientId, idempotencyKey)
            ?? throw new InvalidOperationException("An assessment response conflicted on its idempotency key but none is stored under it.");
    }

    public async Task<AssessmentResponse?> FindByKeyAsync(Guid clientId, string idempotencyKey)
    {
        await using var command = database.CreateCommand($"SELECT {Columns} FROM assessment_responses WHERE client_id = $1 AND idempotency_key = $2");
        command.Parameters.Add(new NpgsqlParameter { Value = clientId });
        command.Parameters.Add(new NpgsqlParameter { Value = idempotencyKey });
        return (await ReadAsync(command)).FirstOrDefault();
    }

    public async Task<AssessmentResponse?> FindAsync(Guid clientId, Guid responseId)
    {
        await using var command = database.CreateCommand($"SELECT {Columns} FROM assessment_responses WHERE client_id = $1 AND response_id = $2");
        command.Parameters.Add(new NpgsqlParameter { Value = clientId });
        command.Parameters.Add(new NpgsqlParameter { Value = responseId });
        return (await ReadAsync(command)).FirstOrDefault();
    }

    public async Task<Guid?> ClientOfAsync(Guid responseId)
    {
        await using var command = database.CreateCommand("SELECT client_id FROM assessment_responses WHERE response_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = responseId });
        return await command.ExecuteScalarAsync() as Guid?;
    }

    public async Task<AssessmentResponse[]> HistoryAsync(Guid clientId, string? instrument, int limit)
    {
        await using var command = database.CreateCommand($"""
            SELECT {Columns} FROM assessment_responses
             WHERE client_id = $1 AND ($2::text IS NULL OR instrument = $2)
             ORDER BY submitted_at DESC, response_id LIMIT $3
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = clientId });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)instrument ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        return await ReadAsync(command);
    }

    private static async Task<AssessmentResponse[]> ReadAsync(NpgsqlCommand command)
    {
        var responses = new List<AssessmentResponse>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            responses.Add(new AssessmentResponse(
                reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2),
                [.. reader.GetFieldValue<short[]>(3).Select(a => (int)a)],
                reader.IsDBNull(4) ? null : reader.GetInt16(4),
                reader.GetInt16(5), reader.GetString(6), reader.GetFieldValue<string[]>(7),
                reader.IsDBNull(8) ? null : reader.GetGuid(8),
                reader.GetFieldValue<DateTimeOffset>(9)));
        }

        return [.. responses];
    }
}
