using System.Collections.Concurrent;
using Counseling.GrainInterfaces.Sessions;
using Microsoft.AspNetCore.SignalR;

namespace Counseling.Api.Hubs;

/// <summary>
/// This api node's observer of the session grains that have participants connected here. It subscribes when the
/// first connection of a session joins on this node, renews every minute, and relays to SignalR groups:
/// messages to everyone in the session, events only to their recipient.
/// </summary>
public sealed class ChatRelay(IClusterClient cluster, IHubContext<SessionHub, ISessionClient> hub, ILogger<ChatRelay> logger)
    : BackgroundService, IChatObserver
{
    private readonly ConcurrentDictionary<Guid, int> _watched = new();
    private IChatObserver? _reference;

    /// <summary>How often subscriptions are renewed. Short, because a session grain re-activated after a silo failure
    /// knows no observers until then (or until a participant on this node sends).</summary>
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(15);

    public IChatObserver Reference => _reference ??= cluster.CreateObjectReference<IChatObserver>(this);

    public static string SessionGroup(Guid sessionId) => $"session:{sessionId:N}";

    public static string RecipientGroup(Guid sessionId, Guid userId) => $"session:{sessionId:N}:{userId:N}";

    public Task OnMessageAsync(ChatMessage message) =>
        hub.Clients.Group(SessionGroup(message.SessionId)).Message(message);

    public Task OnEventAsync(Guid sessionId, Guid recipientId, SessionEvent sessionEvent) =>
        hub.Clients.Group(RecipientGroup(sessionId, recipientId)).Event(sessionId, sessionEvent);

    /// <summary>Subscribes (or renews) before the caller reads history, so nothing falls between the two.</summary>
    public async Task WatchAsync(Guid sessionId)
    {
        _watched.AddOrUpdate(sessionId, 1, (_, n) => n + 1);
        await cluster.GetGrain<IChatSessionGrain>(sessionId).SubscribeAsync(Reference);
    }

    public void Release(Guid sessionId)
    {
        var remaining = _watched.AddOrUpdate(sessionId, 0, (_, n) => n - 1);
        if (remaining <= 0)
        {
            _watched.TryRemove(new KeyValuePair<Guid, int>(sessionId, remaining));
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RenewEvery);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var sessionId in _watched.Keys)
            {
                try
                {
                    await cluster.GetGrain<IChatSessionGrain>(sessionId).SubscribeAsync(Reference);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Renewing the subscription to session {SessionId} failed", sessionId);
                }
            }
        }
    }
}
