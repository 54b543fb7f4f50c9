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

    Task<ChatMessage[]> ReadAfterAsync(Guid sessionId, long afterSequence, int limit);
}

/// <summary>Thrown when the sequence number is already taken (another activation wrote it): reload and retry.</summary>
public sealed class SequenceTakenException(Guid sessionId, long sequence)
    : Exception($"Sequence {sequence} of session {sessionId} is already stored.");
