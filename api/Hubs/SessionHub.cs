using Counseling.Api.Apis;
using Counseling.Api.Auth;
using Counseling.GrainInterfaces.Sessions;
using Counseling.GrainInterfaces.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using System.Collections.Concurrent;

namespace Counseling.Api.Hubs;

/// <summary>
/// The session room: chat, typing, read receipts and WebRTC signaling. Thin: every rule (who may join, when, what a
/// message or signal may be) is the session grain's; refusals come back as a HubException "code: message".
/// </summary>
[Authorize(Policy = Policies.AnyUser)]
public sealed class SessionHub(IClusterClient cluster, ChatRelay relay, IOptions<VideoOptions> video, TimeProvider clock, ILogger<SessionHub> logger)
    : Hub<ISessionClient>
{
    public const string Route = "/hubs/session";

    public sealed record JoinResponse(SessionInfo Session, ChatMessage[] Missed, bool MoreMissed);

    public sealed record HistoryResponse(ChatMessage[] Messages, bool More);

    public sealed record SendAck(long Sequence, DateTimeOffset SentAt, bool Duplicate);

    /// <summary>What this hub keeps per connection (SignalR keeps it across hub calls), found with one lookup.</summary>
    private sealed class ConnectionState(Guid userId)
    {
        public Guid UserId { get; } = userId;

        /// <summary>
        /// The sessions this connection has joined, with their grain references. Keeping the reference matters for
        /// Send: resolving one reflects over the interface's attributes each time, a large share of a chat
        /// message's cost on the api node.
        /// </summary>
        public ConcurrentDictionary<Guid, IChatSessionGrain> Joined { get; } = new();
    }

    private static readonly object StateKey = new();

    private ConnectionState State
    {
        get
        {
            if (Context.Items.TryGetValue(StateKey, out var state))
            {
                return (ConnectionState)state!;
            }

            var created = new ConnectionState(Context.User!.UserId()); // read from the token's claims once per connection
            Context.Items[StateKey] = created;
            return created;
        }
    }

    private Guid UserId => State.UserId;

    private ConcurrentDictionary<Guid, IChatSessionGrain> Joined => State.Joined;

    private IChatSessionGrain Session(Guid sessionId) =>
        Joined.TryGetValue(sessionId, out var grain) ? grain : cluster.GetGrain<IChatSessionGrain>(sessionId);

    /// <summary>
    /// Joins or rejoins with the last sequence seen; returns the session and what was missed (page through the rest
    /// with History). The grain checks the caller first; only then is this connection subscribed.
    /// </summary>
    public async Task<JoinResponse> Join(Guid sessionId, long afterSequence)
    {
        var grain = Session(sessionId);
        var check = Unwrap(await grain.JoinAsync(UserId, long.MaxValue));

        if (Joined.TryAdd(sessionId, grain))
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, ChatRelay.SessionGroup(sessionId));
            await Groups.AddToGroupAsync(Context.ConnectionId, ChatRelay.RecipientGroup(sessionId, UserId));
            await relay.WatchAsync(sessionId);
        }

        var missed = Unwrap(await grain.HistoryAsync(UserId, afterSequence, ChatSessionLimits.Page));
        return new JoinResponse(check.Session, missed.Messages, missed.More);
    }

    public async Task<HistoryResponse> History(Guid sessionId, long afterSequence, int limit)
    {
        var page = Unwrap(await Session(sessionId).HistoryAsync(UserId, afterSequence, limit));
        return new HistoryResponse(page.Messages, page.More);
    }

    /// <summary>
    /// Stores and relays a message; "try-again" when the cluster did not confirm it in time (the session's silo died or
    /// is unreachable). The message may have been stored all the same: sending it again with the same id stores it once.
    /// </summary>
    public async Task<SendAck> Send(Guid sessionId, string clientMessageId, string text)
    {
        Result<SentMessage> result;
        try
        {
            result = await Session(sessionId).SendAsync(UserId, clientMessageId ?? "", text ?? "", relay.Reference, Context.ConnectionId);
        }
        catch (Exception e) when (e is TimeoutException or OrleansException)
        {
            // The grain call's response timeout bounds the wait; answering frees this connection for its next call.
            logger.LogWarning(e, "A message of session {SessionId} was not confirmed; the sender is asked to send it again", sessionId);
            throw new HubException($"{ErrorCodes.TryAgain}: The message was not confirmed in time. Send it again with the same id; it is stored once.");
        }

        var sent = Unwrap(result);
        return new SendAck(sent.Sequence, sent.SentAt, sent.Duplicate);
    }

    public async Task Typing(Guid sessionId) =>
        Throw(await Session(sessionId).RelayAsync(UserId, "typing", null, null));

    public async Task MarkRead(Guid sessionId, long sequence) =>
        Throw(await Session(sessionId).MarkReadAsync(UserId, sequence));

    /// <summary>WebRTC offer, answer, ice, hangup or media state, relayed to the other participant only.</summary>
    public async Task Signal(Guid sessionId, string kind, string? payload) =>
        Throw(await Session(sessionId).RelayAsync(UserId, "signal", kind, payload));

    /// <summary>STUN/TURN servers, only for a participant who has joined this session on this connection.</summary>
    public IceServer[] IceServers(Guid sessionId)
    {
        if (!Joined.ContainsKey(sessionId))
        {
            throw new HubException("not-participant: Join the session first.");
        }

        return video.Value.For(UserId, clock.GetUtcNow());
    }

    public async Task Leave(Guid sessionId)
    {
        if (Joined.TryRemove(sessionId, out _))
        {
            await LeaveAsync(sessionId);
        }
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        foreach (var sessionId in Joined.Keys)
        {
            await LeaveAsync(sessionId);
        }

        await base.OnDisconnectedAsync(exception);
    }

    private async Task LeaveAsync(Guid sessionId)
    {
        relay.Release(sessionId);
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, ChatRelay.SessionGroup(sessionId));
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, ChatRelay.RecipientGroup(sessionId, UserId));
        await Session(sessionId).LeaveAsync(UserId);
    }

    /// <summary>A refusal reaches the client as a HubException "code: message" (the code is from ErrorCodes).</summary>
    private static void Throw(Result result)
    {
        if (result.Error is { } error)
        {
            throw new HubException($"{error.Code}: {error.Message}");
        }
    }

    private static T Unwrap<T>(Result<T> result) =>
        result.Error is { } error ? throw new HubException($"{error.Code}: {error.Message}") : result.Value!;
}

public static class ChatSessionLimits
{
    public const int Page = 500;
}
