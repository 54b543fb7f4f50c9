using System.Threading.Channels;
using Npgsql;
using NpgsqlTypes;

namespace Counseling.BaselineRelay;

/// <summary>
/// For the live-chat benchmark only: the durable write of <see cref="BaselineRelayHub.SendDurable"/>, with no grains
/// around it. It stores what the session grains store, the way they store it (one row per message in a table shaped
/// and indexed like chat_messages, group-committed: whatever queued up while the previous statement ran goes into the
/// next one), so the bench can tell the cost of "committed before acknowledged" apart from the cost of Orleans.
/// </summary>
public sealed class BaselineTranscriptWriter : IAsyncDisposable
{
    private const int MaxRowsPerWrite = 1000;

    // Its own table, so the yardstick never touches the product's transcripts. Created on first use: it exists only
    // in databases this host has written to.
    private const string CreateTable = """
        CREATE TABLE IF NOT EXISTS bench_relay_messages (
            pair_id           text        NOT NULL,
            sequence          bigint      NOT NULL,
            client_message_id text        NOT NULL,
            sender_id         text        NOT NULL,
            body              text        NOT NULL,
            sent_at           timestamptz NOT NULL,
            PRIMARY KEY (pair_id, sequence),
            UNIQUE (pair_id, client_message_id)
        )
        """;

    private const string InsertRows = """
        INSERT INTO bench_relay_messages (pair_id, sequence, client_message_id, sender_id, body, sent_at)
        SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::timestamptz[])
        """;

    private readonly NpgsqlDataSource _database;
    private readonly Channel<(BaselineRelayHub.BaselineMessage Message, TaskCompletionSource Done)> _queue =
        Channel.CreateUnbounded<(BaselineRelayHub.BaselineMessage, TaskCompletionSource)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    public BaselineTranscriptWriter(NpgsqlDataSource database)
    {
        _database = database;
        _writer = Task.Run(WriteQueuedAsync);
    }

    /// <summary>Completes after the commit that holds the message.</summary>
    public Task AppendAsync(BaselineRelayHub.BaselineMessage message)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return _queue.Writer.TryWrite((message, done)) ? done.Task : Task.FromException(new ObjectDisposedException(nameof(BaselineTranscriptWriter)));
    }

    private async Task WriteQueuedAsync()
    {
        var created = false;
        var taken = new List<(BaselineRelayHub.BaselineMessage Message, TaskCompletionSource Done)>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            taken.Clear();
            while (taken.Count < MaxRowsPerWrite && _queue.Reader.TryRead(out var write))
            {
                taken.Add(write);
            }

            try
            {
                if (!created)
                {
                    await using var create = _database.CreateCommand(CreateTable);
                    await create.ExecuteNonQueryAsync();
                    created = true;
                }

                await InsertAsync(taken);
                taken.ForEach(w => w.Done.SetResult());
            }
            catch (Exception e)
            {
                taken.ForEach(w => w.Done.SetException(e));
            }
        }
    }

    private async Task InsertAsync(List<(BaselineRelayHub.BaselineMessage Message, TaskCompletionSource Done)> taken)
    {
        var messages = taken.Select(w => w.Message).ToArray();
        await using var connection = await _database.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(InsertRows, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = messages.Select(m => m.PairId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = messages.Select(m => m.Sequence).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter { Value = messages.Select(m => m.ClientMessageId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = messages.Select(m => m.SenderId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = messages.Select(m => m.Body).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = messages.Select(m => m.SentAt).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz });
        await command.PrepareAsync(); // as the grains' writer does: parsed and planned once per pooled connection
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }
}
