using System.Collections.Concurrent;
using Counseling.GrainInterfaces.Sessions;
using Counseling.Grains.Sessions;

namespace Counseling.Tests.Infrastructure;

/// <summary>
/// Wraps the silo's real transcript store (clusters started with <c>transcriptFaults: true</c>). Passes everything
/// through unless a test arms a fault for its own session: the next batch writes then fail, before or after storing.
/// </summary>
public sealed class FaultyTranscriptStore(ITranscriptStore inner) : ITranscriptStore
{
    public enum Fault
    {
        /// <summary>The write fails and nothing is stored (the database was unreachable).</summary>
        NothingStored,

        /// <summary>The rows are committed, then the caller sees an error (the connection broke before the reply).</summary>
        StoredButFailed,
    }

    private static readonly ConcurrentDictionary<Guid, ConcurrentQueue<Fault>> Armed = new();

    /// <summary>The next batch writes of this session meet these faults, one each, in order.</summary>
    public static void Arm(Guid sessionId, params Fault[] faults)
    {
        var queue = Armed.GetOrAdd(sessionId, _ => new ConcurrentQueue<Fault>());
        foreach (var fault in faults)
        {
            queue.Enqueue(fault);
        }
    }

    public Task<long> LastSequenceAsync(Guid sessionId) => inner.LastSequenceAsync(sessionId);

    public Task<(ChatMessage Message, bool Inserted)> AppendAsync(ChatMessage message) => inner.AppendAsync(message);

    public Task<ChatMessage?> FindAsync(Guid sessionId, string clientMessageId) => inner.FindAsync(sessionId, clientMessageId);

    public async Task AppendBatchAsync(IReadOnlyList<ChatMessage> messages)
    {
        if (messages.Count > 0 && Armed.TryGetValue(messages[0].SessionId, out var faults) && faults.TryDequeue(out var fault))
        {
            if (fault == Fault.StoredButFailed)
            {
                await inner.AppendBatchAsync(messages);
            }

            throw new InvalidOperationException($"Simulated transcript failure ({fault}).");
        }

        await inner.AppendBatchAsync(messages);
    }

    public Task<ChatMessage[]> ReadAfterAsync(Guid sessionId, long afterSequence, int limit) => inner.ReadAfterAsync(sessionId, afterSequence, limit);
}
