using System.Collections.Concurrent;
using Counseling.GrainInterfaces.Sessions;
using Counseling.Grains.Sessions;

namespace Counseling.Tests.Infrastructure;

/// <summary>
/// Wraps the silo's real transcript store (clusters started with <c>transcriptFaults: true</c>). Passes everything
/// through unless a test arms a fault for its own session: the next batch writes then fail, before or after storing,
/// or wait until the test releases them.
/// </summary>
public sealed class FaultyTranscriptStore(ITranscriptStore inner) : ITranscriptStore
{
    public enum Fault
    {
        /// <summary>The write fails and nothing is stored (the database was unreachable).</summary>
        NothingStored,

        /// <summary>The rows are committed, then the caller sees an error (the connection broke before the reply).</summary>
        StoredButFailed,

        /// <summary>
        /// The write waits until <see cref="Release"/>, then stores: to the caller, a silo that stopped answering. A
        /// test that arms it releases it when done, or the session's writer waits for ever.
        /// </summary>
        BlockedUntilReleased,
    }

    private static readonly ConcurrentDictionary<Guid, ConcurrentQueue<Fault>> Armed = new();

    private static readonly ConcurrentDictionary<Guid, TaskCompletionSource> Gates = new();

    /// <summary>The next batch writes of this session meet these faults, one each, in order.</summary>
    public static void Arm(Guid sessionId, params Fault[] faults)
    {
        var queue = Armed.GetOrAdd(sessionId, _ => new ConcurrentQueue<Fault>());
        foreach (var fault in faults)
        {
            queue.Enqueue(fault);
        }
    }

    /// <summary>Lets this session's blocked write through, and any it meets later pass at once.</summary>
    public static void Release(Guid sessionId) => Gate(sessionId).TrySetResult();

    private static TaskCompletionSource Gate(Guid sessionId) =>
        Gates.GetOrAdd(sessionId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public Task<long> LastSequenceAsync(Guid sessionId) => inner.LastSequenceAsync(sessionId);

    public Task<(ChatMessage Message, bool Inserted)> AppendAsync(ChatMessage message) => inner.AppendAsync(message);

    public Task<ChatMessage?> FindAsync(Guid sessionId, string clientMessageId) => inner.FindAsync(sessionId, clientMessageId);

    public async Task AppendBatchAsync(IReadOnlyList<ChatMessage> messages)
    {
        if (messages.Count > 0 && Armed.TryGetValue(messages[0].SessionId, out var faults) && faults.TryDequeue(out var fault))
        {
            if (fault == Fault.BlockedUntilReleased)
            {
                await Gate(messages[0].SessionId).Task;
                await inner.AppendBatchAsync(messages);
                return;
            }

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
