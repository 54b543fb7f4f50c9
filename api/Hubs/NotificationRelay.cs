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
    private INotificationObserver? _reference;

    public NotificationRelay(IClusterClient cluster, IHubContext<NotificationsHub, INotificationsClient> hub, ILogger<NotificationRelay> logger)
    {
        _cluster = cluster;
        _hub = hub;
        _logger = logger;
        _inboxes = new ObserverSubscriptions(userId => cluster.GetGrain<IInboxGrain>(userId).SubscribeAsync(Reference), logger);
    }

    /// <summary>
    /// The grain-side reference to this object, kept alive by the host (a singleton). It dies with the cluster client
    /// at shutdown, and the inboxes drop it when it is not renewed.
    /// </summary>
    private INotificationObserver Reference => _reference ??= _cluster.CreateObjectReference<INotificationObserver>(this);

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
