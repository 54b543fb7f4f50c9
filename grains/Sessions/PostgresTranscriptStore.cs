using Counseling.GrainInterfaces.Sessions;
using Npgsql;

namespace Counseling.Grains.Sessions;

public sealed class PostgresTranscriptStore(NpgsqlDataSource database) : ITranscriptStore
{
    public async Task<long> LastSequenceAsync(Guid sessionId)
    {
        await using var command = database.CreateCommand("SELECT coalesce(max(sequence), 0) FROM chat_messages WHERE session_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = sessionId });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async Task<(ChatMessage Message, bool Inserted)> AppendAsync(ChatMessage message)
    {
        await using var insert = database.CreateCommand("""
            INSERT INTO chat_messages (session_id, sequence, client_message_id, sender_id, body, sent_at)
            VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT ON CONSTRAINT chat_messages_client_id DO NOTHING
            """);
        insert.Parameters.Add(new NpgsqlParameter { Value = message.SessionId });
        insert.Parameters.Add(new NpgsqlParameter { Value = message.Sequence });
        insert.Parameters.Add(new NpgsqlParameter { Value = message.ClientMessageId });
        insert.Parameters.Add(new NpgsqlParameter { Value = message.SenderId });
        insert.Parameters.Add(new NpgsqlParameter { Value = message.Body });
        insert.Parameters.Add(new NpgsqlParameter { Value = message.SentAt });
        try
        {
            if (await insert.ExecuteNonQueryAsync() == 1)
            {
                return (message, true);
            }
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == "chat_messages_pkey")
        {
            throw new SequenceTakenException(message.SessionId, message.Sequence);
        }

        await using var find = database.CreateCommand("""
            SELECT session_id, sequence, client_message_id, sender_id, body, sent_at
              FROM chat_messages WHERE session_id = $1 AND client_message_id = $2
            """);
        find.Parameters.Add(new NpgsqlParameter { Value = message.SessionId });
        find.Parameters.Add(new NpgsqlParameter { Value = message.ClientMessageId });
        await using var reader = await find.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (Read(reader), false);
    }

    public async Task<ChatMessage[]> ReadAfterAsync(Guid sessionId, long afterSequence, int limit)
    {
        await using var command = database.CreateCommand("""
            SELECT session_id, sequence, client_message_id, sender_id, body, sent_at
              FROM chat_messages WHERE session_id = $1 AND sequence > $2
             ORDER BY sequence LIMIT $3
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = sessionId });
        command.Parameters.Add(new NpgsqlParameter { Value = afterSequence });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        var messages = new List<ChatMessage>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            messages.Add(Read(reader));
        }

        return [.. messages];
    }

    private static ChatMessage Read(NpgsqlDataReader r) =>
        new(r.GetGuid(0), r.GetInt64(1), r.GetString(2), r.GetGuid(3), r.GetString(4), r.GetFieldValue<DateTimeOffset>(5));
}
