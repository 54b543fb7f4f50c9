using Counseling.GrainInterfaces.Shared;
using Orleans.Concurrency;

namespace Counseling.GrainInterfaces.Sessions;

/// <summary>
/// The live session of one appointment (same key as the appointment). Only that appointment's client and counselor
/// may join, send, read history or signal: nobody else, operators included. Messages get gap-free sequence numbers
/// and are stored before they are acknowledged or pushed.
/// </summary>
[Alias("Counseling.IChatSessionGrain")]
public interface IChatSessionGrain : IGrainWithGuidKey
{
    /// <summary>Joins (or rejoins after a reconnect): returns the session and every message after <paramref name="afterSequence"/> (a page).</summary>
    Task<Result<JoinedSession>> JoinAsync(Guid userId, long afterSequence);

    Task<Result<ChatPage>> HistoryAsync(Guid userId, long afterSequence, int limit);

    /// <summary>
    /// Stores and relays a message. A repeated client message id returns the original sequence, stored once.
    /// <paramref name="relay"/> is the sending node's observer, renewed in passing: after a silo failure the new
    /// activation learns of a node again on its first message. <paramref name="origin"/> is the sending connection,
    /// which gets the acknowledgement and so is left out of the push.
    /// </summary>
    /// <remarks>
    /// Always interleaved, so that sends arriving while a batch is written queue up for the next batch instead of
    /// waiting for their turn one write each. Safe because the grain numbers messages only in its single writer loop,
    /// between awaits, and keeps no state across an await that another call could invalidate.
    /// </remarks>
    [AlwaysInterleave]
    // A send to a silo that has just died would wait out the 30 s default, and the sender's hub connection (one call
    // at a time) with it. Five seconds is well under the time membership takes to declare a silo dead, far above a
    // stored message's acknowledgement, and the caller may resend with the same id: it is stored once.
    [ResponseTimeout("00:00:05")]
    Task<Result<SentMessage>> SendAsync(Guid userId, string clientMessageId, string body, IChatObserver? relay = null, string? origin = null);

    /// <summary>Marks everything up to a sequence as read by this participant and tells the other one.</summary>
    Task<Result> MarkReadAsync(Guid userId, long sequence);

    /// <summary>Relays an ephemeral event (typing, video signal) to the other participant. Not stored.</summary>
    Task<Result> RelayAsync(Guid userId, string kind, string? detail, string? data);

    Task LeaveAsync(Guid userId);

    /// <summary>An api node's observer for this session; it expires unless renewed.</summary>
    Task SubscribeAsync(IChatObserver observer);
}
