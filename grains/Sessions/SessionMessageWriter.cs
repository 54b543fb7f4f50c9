using Counseling.GrainInterfaces.Sessions;
using Microsoft.Extensions.Logging;

namespace Counseling.Grains.Sessions;

/// <summary>
/// The one writer of a session activation: numbers queued messages after the last stored sequence, writes them as one
/// batch, and only then publishes and acknowledges them, in order. A failed batch consumes no numbers: nothing of it is
/// stored, and the next round numbers from the same place (docs/adr/0013-chat-write-batching.md). It runs on the
/// grain's scheduler, so nothing here needs a lock.
/// </summary>
public sealed class SessionMessageWriter(
    Guid sessionId,
    ITranscriptStore transcript,
    RecentMessageIds recent,
    Func<ChatMessage[], string?[], Task> publish,
    ILogger logger)
{
    /// <summary>Messages per write at most; a longer queue is written in several batches, in order.</summary>
    public const int MaxBatch = 200;

    private readonly List<PendingSend> _unwritten = [];
    private readonly Dictionary<string, Task<SentMessage>> _writing = [];
    private bool _running;

    /// <summary>The last sequence known to be stored. Only grows after a commit.</summary>
    public long LastSequence { get; private set; }

    public async Task LoadAsync() => LastSequence = await transcript.LastSequenceAsync(sessionId);

    /// <summary>The outcome of a message with this id that is queued or being written now, if any.</summary>
    public bool TryGetInFlight(string clientMessageId, out Task<SentMessage> outcome) =>
        _writing.TryGetValue(clientMessageId, out outcome!);

    /// <summary>Queues a checked message and returns its acknowledgement once it is stored.</summary>
    public Task<SentMessage> WriteAsync(string clientMessageId, Guid senderId, string body, DateTimeOffset sentAt, string? origin)
    {
        var send = new PendingSend(clientMessageId, senderId, body, sentAt, origin, new TaskCompletionSource<SentMessage>(TaskCreationOptions.RunContinuationsAsynchronously));
        _unwritten.Add(send);
        _writing[clientMessageId] = send.Done.Task;
        if (!_running)
        {
            _running = true;
            _ = WriteQueuedAsync();
        }

        return send.Done.Task;
    }

    private sealed record PendingSend(string ClientMessageId, Guid SenderId, string Body, DateTimeOffset SentAt, string? Origin, TaskCompletionSource<SentMessage> Done);

    private async Task WriteQueuedAsync()
    {
        List<PendingSend> batch = [];
        try
        {
            while (_unwritten.Count > 0)
            {
                batch = _unwritten.GetRange(0, Math.Min(_unwritten.Count, MaxBatch));
                _unwritten.RemoveRange(0, batch.Count);
                await WriteBatchAsync(batch);
            }
        }
        catch (Exception e)
        {
            // Not expected: write failures are handled in WriteBatchAsync. Still, no sender may be left waiting for ever.
            logger.LogError(e, "The message writer of session {SessionId} stopped", sessionId);
            foreach (var send in batch.Concat(_unwritten))
            {
                Settle(send, e);
            }

            _unwritten.Clear();
        }
        finally
        {
            _running = false;
        }
    }

    /// <summary>One round trip for the whole batch; each sender learns its number once the batch is stored.</summary>
    private async Task WriteBatchAsync(List<PendingSend> batch)
    {
        var messages = batch.Select((send, i) => new ChatMessage(sessionId, LastSequence + 1 + i, send.ClientMessageId, send.SenderId, send.Body, send.SentAt)).ToArray();
        try
        {
            await transcript.AppendBatchAsync(messages);
        }
        catch (TranscriptConflictException)
        {
            // Something in the batch is already stored: a resend this activation no longer remembers, or
            // another activation's write (for a moment after a silo failure). Rare: one at a time, as the
            // store decides for each message.
            await WriteOneByOneAsync(batch);
            return;
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Writing {Count} messages of session {SessionId} failed; they are refused and their numbers reused", batch.Count, sessionId);
            foreach (var send in batch)
            {
                Settle(send, e);
            }

            return;
        }

        LastSequence = messages[^1].Sequence;
        await publish(messages, batch.Select(send => send.Origin).ToArray());
        for (var i = 0; i < batch.Count; i++)
        {
            Settle(batch[i], new SentMessage(messages[i].Sequence, messages[i].SentAt, false));
        }
    }

    private async Task WriteOneByOneAsync(List<PendingSend> batch)
    {
        foreach (var send in batch)
        {
            try
            {
                var (stored, inserted) = await AppendAsync(new ChatMessage(sessionId, LastSequence + 1, send.ClientMessageId, send.SenderId, send.Body, send.SentAt));
                if (inserted)
                {
                    LastSequence = stored.Sequence;
                    await publish([stored], [send.Origin]);
                }

                Settle(send, new SentMessage(stored.Sequence, stored.SentAt, !inserted));
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Writing a message of session {SessionId} failed; it is refused", sessionId);
                Settle(send, e);
            }
        }
    }

    private void Settle(PendingSend send, SentMessage result)
    {
        _writing.Remove(send.ClientMessageId);
        recent.Remember(send.ClientMessageId, result.Sequence);
        send.Done.TrySetResult(result);
    }

    private void Settle(PendingSend send, Exception error)
    {
        if (send.Done.TrySetException(error))
        {
            _writing.Remove(send.ClientMessageId);
        }
    }

    private async Task<(ChatMessage Stored, bool Inserted)> AppendAsync(ChatMessage message)
    {
        try
        {
            return await transcript.AppendAsync(message);
        }
        catch (SequenceTakenException)
        {
            // Another activation of this session wrote meanwhile (possible for a moment after a silo failure):
            // continue from what is stored.
            LastSequence = await transcript.LastSequenceAsync(sessionId);
            return await transcript.AppendAsync(message with { Sequence = LastSequence + 1 });
        }
    }
}
