using Orleans.Concurrency;

namespace Counseling.GrainInterfaces.Sessions;

/// <summary>
/// Implemented once per api node: receives what a session grain pushes and relays it to the participants'
/// connections on that node. Delivery here is best-effort; the transcript and sequence numbers make it exact.
/// </summary>
[Alias("Counseling.IChatObserver")]
public interface IChatObserver : IGrainObserver
{
    /// <summary>
    /// Stored messages of one session, consecutive and in sequence order (one call per written batch). For each,
    /// <paramref name="origins"/> names the connection it came from, if any: that one already has it from its
    /// acknowledgement and is not sent it again.
    /// </summary>
    [OneWay]
    Task OnMessagesAsync(ChatMessage[] messages, string?[] origins);

    /// <summary>An ephemeral event for one participant (typing, read receipt, video signal, session warnings).</summary>
    [OneWay]
    Task OnEventAsync(Guid sessionId, Guid recipientId, SessionEvent sessionEvent);
}
