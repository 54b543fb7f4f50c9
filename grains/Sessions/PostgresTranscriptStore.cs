using System.Threading.Channels;
using Counseling.GrainInterfaces.Sessions;
using Npgsql;
using NpgsqlTypes;

namespace Counseling.Grains.Sessions;

/// <summary>
/// Chat transcripts in PostgreSQL. Batches from every session on this silo are group-committed: one writer takes
/// whatever has queued up while its previous statement ran and inserts it all with one statement, which is one
/// transaction and one WAL flush (docs/adr/0013-chat-write-batching.md). A caller's task completes only after the
/// commit that holds its rows.
/// </summary>
public sealed class PostgresTranscriptStore : ITranscriptStore, IAsyncDisposable
{
    /// <summary>Rows per statement at most; arrays carry the values, so this bounds the statement's size, not a parameter count.</summary>
    public const int MaxRowsPerWrite = 1000;

    private const string InsertRows = """
        INSERT INTO chat_messages (session_id, sequence, client_message_id, sender_id, body, sent_at)
        SELECT * FROM unnest($1::uuid[], $2::bigint[], $3::text[], $4::uuid[], $5::text[], $6::timestamptz[])
        """;

    private readonly NpgsqlDataSource _database;
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    public PostgresTranscriptStore(NpgsqlDataSource database)
    {
        _database = database;
        _writer = Task.Run(WriteQueuedAsync);
    }

    private sealed record PendingWrite(IReadOnlyList<ChatMessage> Messages, TaskCompletionSource Done);

    public async Task<long> LastSequenceAsync(Guid sessionId)
    {
        await using var command = _database.CreateCommand("SELECT coalesce(max(sequence), 0) FROM chat_messages WHERE session_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = sessionId });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public Task AppendBatchAsync(IReadOnlyList<ChatMessage> messages)
    {
        if (messages.Count == 0)
        {
            return Task.CompletedTask;
        }

        // Continuations run elsewhere, never inline on the writer: it goes straight on to the next statement.
        var write = new PendingWrite(messages, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        return _queue.Writer.TryWrite(write) ? write.Done.Task : Task.FromException(new ObjectDisposedException(nameof(PostgresTranscriptStore)));
    }

    public async Task<(ChatMessage Message, bool Inserted)> AppendAsync(ChatMessage message)
    {
        await using var insert = _database.CreateCommand("""
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

        return ((await FindAsync(message.SessionId, message.ClientMessageId))!, false);
    }

    public async Task<ChatMessage?> FindAsync(Guid sessionId, string clientMessageId)
    {
        await using var find = _database.CreateCommand("""
            SELECT session_id, sequence, client_message_id, sender_id, body, sent_at
              FROM chat_messages WHERE session_id = $1 AND client_message_id = $2
            """);
        find.Parameters.Add(new NpgsqlParameter { Value = sessionId });
        find.Parameters.Add(new NpgsqlParameter { Value = clientMessageId });
        await using var reader = await find.ExecuteReaderAsync();
        return await reader.ReadAsync() ? Read(reader) : null;
    }

    public async Task<ChatMessage[]> ReadAfterAsync(Guid sessionId, long afterSequence, int limit)
    {
        await using var command = _database.CreateCommand("""
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

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }

    /// <summary>
    /// The silo's one writer. While a statement runs, batches queue up; the next statement takes all of them. So a
    /// lone message is written at once, and under load the commits per second stay few while the rows per commit grow.
    /// </summary>
    private async Task WriteQueuedAsync()
    {
        var taken = new List<PendingWrite>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            taken.Clear();
            var rows = 0;
            while (rows < MaxRowsPerWrite && _queue.Reader.TryRead(out var write))
            {
                taken.Add(write);
                rows += write.Messages.Count;
            }

            await WriteAsync(taken, rows);
        }
    }

    private async Task WriteAsync(List<PendingWrite> taken, int rows)
    {
        try
        {
            await InsertAsync(taken.SelectMany(w => w.Messages), rows);
            taken.ForEach(w => w.Done.SetResult());
            return;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && taken.Count > 1)
        {
            // One session's batch collides with what is stored (a resend the grain no longer remembered, or another
            // activation's write). The statement stored nothing: write each batch on its own, so only that one fails.
        }
        catch (Exception e)
        {
            Fail(taken, e);
            return;
        }

        foreach (var write in taken)
        {
            try
            {
                await InsertAsync(write.Messages, write.Messages.Count);
                write.Done.SetResult();
            }
            catch (Exception e)
            {
                Fail([write], e);
            }
        }
    }

    private static void Fail(List<PendingWrite> writes, Exception e)
    {
        foreach (var write in writes)
        {
            write.Done.SetException(e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }
                ? new TranscriptConflictException(write.Messages[0].SessionId)
                : e);
        }
    }

    private async Task InsertAsync(IEnumerable<ChatMessage> messages, int count)
    {
        var sessions = new Guid[count];
        var sequences = new long[count];
        var clientIds = new string[count];
        var senders = new Guid[count];
        var bodies = new string[count];
        var sentAt = new DateTimeOffset[count];
        var i = 0;
        foreach (var m in messages)
        {
            (sessions[i], sequences[i], clientIds[i], senders[i], bodies[i], sentAt[i]) = (m.SessionId, m.Sequence, m.ClientMessageId, m.SenderId, m.Body, m.SentAt);
            i++;
        }

        // Prepared once per pooled connection (Npgsql keeps it across opens): the statement is the same whatever
        // the batch size, so PostgreSQL parses and plans it once, not once per commit.
        await using var connection = await _database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(InsertRows, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = sessions, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter { Value = sequences, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter { Value = clientIds, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = senders, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter { Value = bodies, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = sentAt, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz });
        await command.PrepareAsync();
        await command.ExecuteNonQueryAsync();
    }

    private static ChatMessage Read(NpgsqlDataReader r) =>
        new(r.GetGuid(0), r.GetInt64(1), r.GetString(2), r.GetGuid(3), r.GetString(4), r.GetFieldValue<DateTimeOffset>(5));
}
