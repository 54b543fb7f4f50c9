using Counseling.GrainInterfaces.Sessions;

namespace Counseling.Grains.Sessions;

/// <summary>
/// The append-only store of chat messages. Messages are rows, not grain state, so a session's 10,000th message
/// costs one insert like its first (docs/adr/0009-live-sessions.md).
/// </summary>
public interface ITranscriptStore
{
    Task<long> LastSequenceAsync(Guid sessionId);

    /// <summary>
    /// Appends a message at the given sequence. If the client message id is already stored, nothing is written and
    /// the original comes back with <c>Inserted = false</c>.
    /// </summary>
    Task<(ChatMessage Message, bool Inserted)> AppendAsync(ChatMessage message);

    /// <summary>
    /// Appends consecutive messages of one session durably, all or none. When a sequence or a client message id is
    /// already stored, nothing of the batch is written and <see cref="TranscriptConflictException"/> is thrown: the
    /// caller falls back to <see cref="AppendAsync"/> one message at a time. Any other exception means the batch may
    /// or may not be stored; the caller must not acknowledge it (docs/adr/0013-chat-write-batching.md).
    /// </summary>
    Task AppendBatchAsync(IReadOnlyList<ChatMessage> messages);

    Task<ChatMessage[]> ReadAfterAsync(Guid sessionId, long afterSequence, int limit);

    /// <summary>The stored message with this client message id, or null: how a resend is recognised after the grain forgot it.</summary>
    Task<ChatMessage?> FindAsync(Guid sessionId, string clientMessageId);
}

/// <summary>Thrown when the sequence number is already taken (another activation wrote it): reload and retry.</summary>
public sealed class SequenceTakenException(Guid sessionId, long sequence)
    : Exception($"Sequence {sequence} of session {sessionId} is already stored.");

/// <summary>A batch was not written because one of its sequences or client message ids is already stored.</summary>
public sealed class TranscriptConflictException(Guid sessionId)
    : Exception($"A message of the batch for session {sessionId} is already stored; nothing of the batch was written.");
