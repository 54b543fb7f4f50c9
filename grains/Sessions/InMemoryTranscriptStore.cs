using System.Collections.Concurrent;
using Counseling.GrainInterfaces.Sessions;

namespace Counseling.Grains.Sessions;

/// <summary>For the no-database profile only: transcripts live as long as the silo process.</summary>
public sealed class InMemoryTranscriptStore : ITranscriptStore
{
    private readonly ConcurrentDictionary<Guid, List<ChatMessage>> _sessions = new();

    public Task<long> LastSequenceAsync(Guid sessionId)
    {
        var messages = _sessions.GetOrAdd(sessionId, _ => []);
        lock (messages)
        {
            return Task.FromResult(messages.Count == 0 ? 0 : messages[^1].Sequence);
        }
    }

    public Task<(ChatMessage Message, bool Inserted)> AppendAsync(ChatMessage message)
    {
        var messages = _sessions.GetOrAdd(message.SessionId, _ => []);
        lock (messages)
        {
            if (messages.Find(m => m.ClientMessageId == message.ClientMessageId) is { } original)
            {
                return Task.FromResult((original, false));
            }

            if (messages.Count > 0 && messages[^1].Sequence >= message.Sequence)
            {
                throw new SequenceTakenException(message.SessionId, message.Sequence);
            }

            messages.Add(message);
            return Task.FromResult((message, true));
        }
    }

    public Task AppendBatchAsync(IReadOnlyList<ChatMessage> messages)
    {
        if (messages.Count == 0)
        {
            return Task.CompletedTask;
        }

        var stored = _sessions.GetOrAdd(messages[0].SessionId, _ => []);
        lock (stored)
        {
            var last = stored.Count == 0 ? 0 : stored[^1].Sequence;
            if (messages[0].Sequence <= last || messages.Any(m => stored.Exists(s => s.ClientMessageId == m.ClientMessageId)))
            {
                throw new TranscriptConflictException(messages[0].SessionId);
            }

            stored.AddRange(messages);
            return Task.CompletedTask;
        }
    }

    public Task<ChatMessage[]> ReadAfterAsync(Guid sessionId, long afterSequence, int limit)
    {
        var messages = _sessions.GetOrAdd(sessionId, _ => []);
        lock (messages)
        {
            return Task.FromResult(messages.Where(m => m.Sequence > afterSequence).Take(limit).ToArray());
        }
    }

    public Task<ChatMessage?> FindAsync(Guid sessionId, string clientMessageId)
    {
        var messages = _sessions.GetOrAdd(sessionId, _ => []);
        lock (messages)
        {
            return Task.FromResult(messages.Find(m => m.ClientMessageId == clientMessageId));
        }
    }
}
