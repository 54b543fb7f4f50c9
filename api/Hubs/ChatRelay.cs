using Counseling.GrainInterfaces.Sessions;
using Microsoft.AspNetCore.SignalR;

namespace Counseling.Api.Hubs;

/// <summary>
/// This api node's observer of the session grains that have participants connected here. It subscribes whenever a
/// connection joins (before the caller reads history, so nothing falls between the two), renews often, and relays to
/// SignalR groups: messages to everyone in the session, events only to their recipient.
/// </summary>
public sealed class ChatRelay : BackgroundService, IChatObserver
{
    /// <summary>How often subscriptions are renewed. Short, because a session grain re-activated after a silo failure
    /// knows no observers until then (or until a participant on this node sends).</summary>
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(15);

    private readonly IClusterClient _cluster;
    private readonly IHubContext<SessionHub, ISessionClient> _hub;
    private readonly ObserverSubscriptions _sessions;
    private readonly Lazy<IChatObserver> _reference;

    public ChatRelay(IClusterClient cluster, IHubContext<SessionHub, ISessionClient> hub, ILogger<ChatRelay> logger)
    {
        _cluster = cluster;

        // One reference per node, created once even when the first connections arrive together: two references
        // would both be subscribed, and every push would reach this node twice.
        _reference = new Lazy<IChatObserver>(() => cluster.CreateObjectReference<IChatObserver>(this), LazyThreadSafetyMode.ExecutionAndPublication);
        _hub = hub;
        _sessions = new ObserverSubscriptions(sessionId => cluster.GetGrain<IChatSessionGrain>(sessionId).SubscribeAsync(Reference), logger);
    }

    public IChatObserver Reference => _reference.Value;

    public static string SessionGroup(Guid sessionId) => $"session:{sessionId:N}";

    public static string RecipientGroup(Guid sessionId, Guid userId) => $"session:{sessionId:N}:{userId:N}";

    public async Task OnMessagesAsync(ChatMessage[] messages, string?[] origins)
    {
        if (messages.Length == 0)
        {
            return;
        }

        var group = SessionGroup(messages[0].SessionId);
        for (var i = 0; i < messages.Length; i++)
        {
            // The sending connection has the message from its acknowledgement: only the others need a push. One
            // after another, so each connection gets a batch in sequence order.
            var room = i < origins.Length && origins[i] is { } origin ? _hub.Clients.GroupExcept(group, origin) : _hub.Clients.Group(group);
            await room.Message(messages[i]);
        }
    }

    public Task OnEventAsync(Guid sessionId, Guid recipientId, SessionEvent sessionEvent) =>
        _hub.Clients.Group(RecipientGroup(sessionId, recipientId)).Event(sessionId, sessionEvent);

    public Task WatchAsync(Guid sessionId) => _sessions.AddAsync(sessionId, alwaysSubscribe: true);

    public void Release(Guid sessionId) => _sessions.Release(sessionId);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => _sessions.RenewEveryAsync(RenewEvery, stoppingToken);
}
