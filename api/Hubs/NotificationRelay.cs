using Counseling.GrainInterfaces.Notifications;
using Microsoft.AspNetCore.SignalR;

namespace Counseling.Api.Hubs;

/// <summary>
/// This api node's single observer (see docs/adr/0007-notifications.md). It subscribes to the inbox grain of every
/// user connected here, renews those subscriptions well before they expire (which also re-establishes them after a
/// gateway silo dies), and relays each notification to the user's connections on this node.
/// </summary>
public sealed class NotificationRelay : BackgroundService, INotificationObserver
{
    public static readonly TimeSpan RenewEvery = TimeSpan.FromMinutes(1);

    private readonly IClusterClient _cluster;
    private readonly IHubContext<NotificationsHub, INotificationsClient> _hub;
    private readonly ILogger<NotificationRelay> _logger;
    private readonly ObserverSubscriptions _inboxes;
    private readonly Lazy<INotificationObserver> _reference;

    public NotificationRelay(IClusterClient cluster, IHubContext<NotificationsHub, INotificationsClient> hub, ILogger<NotificationRelay> logger)
    {
        _cluster = cluster;

        // One reference per node, created once even when the first connections arrive together: two references
        // would both be subscribed, and every push would reach this node twice.
        _reference = new Lazy<INotificationObserver>(() => cluster.CreateObjectReference<INotificationObserver>(this), LazyThreadSafetyMode.ExecutionAndPublication);
        _hub = hub;
        _logger = logger;
        _inboxes = new ObserverSubscriptions(userId => cluster.GetGrain<IInboxGrain>(userId).SubscribeAsync(Reference), logger);
    }

    /// <summary>
    /// The grain-side reference to this object, kept alive by the host (a singleton). It dies with the cluster client
    /// at shutdown, and the inboxes drop it when it is not renewed.
    /// </summary>
    private INotificationObserver Reference => _reference.Value;

    public Task OnNotificationAsync(Guid userId, Notification notification) =>
        _hub.Clients.User(userId.ToString()).Notification(notification);

    public Task ConnectedAsync(Guid userId) => _inboxes.AddAsync(userId);

    public async Task DisconnectedAsync(Guid userId)
    {
        if (!_inboxes.Release(userId))
        {
            return;
        }

        try
        {
            await _cluster.GetGrain<IInboxGrain>(userId).UnsubscribeAsync(Reference);
        }
        catch (Exception e)
        {
            _logger.LogDebug(e, "Unsubscribing user {UserId} failed; the subscription will expire", userId);
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => _inboxes.RenewEveryAsync(RenewEvery, stoppingToken);
}
