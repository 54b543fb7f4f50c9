using System.Collections.Concurrent;
using Counseling.GrainInterfaces.Notifications;
using Microsoft.AspNetCore.SignalR;

namespace Counseling.Api.Hubs;

/// <summary>
/// This api node's single observer (see docs/adr/0007-notifications.md). It subscribes to the inbox grain of every
/// user connected here, renews those subscriptions well before they expire (which also re-establishes them after a
/// gateway silo dies), and relays each notification to the user's connections on this node.
/// </summary>
public sealed class NotificationRelay(IClusterClient cluster, IHubContext<NotificationsHub, INotificationsClient> hub, ILogger<NotificationRelay> logger)
    : BackgroundService, INotificationObserver
{
    public static readonly TimeSpan RenewEvery = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<Guid, int> _connections = new();
    private INotificationObserver? _reference;

    /// <summary>
    /// The grain-side reference to this object, kept alive by the host (a singleton). It dies with the cluster client
    /// at shutdown, and the inboxes drop it when it is not renewed.
    /// </summary>
    private INotificationObserver Reference => _reference ??= cluster.CreateObjectReference<INotificationObserver>(this);

    public Task OnNotificationAsync(Guid userId, Notification notification) =>
        hub.Clients.User(userId.ToString()).Notification(notification);

    public async Task ConnectedAsync(Guid userId)
    {
        if (_connections.AddOrUpdate(userId, 1, (_, n) => n + 1) == 1)
        {
            await cluster.GetGrain<IInboxGrain>(userId).SubscribeAsync(Reference);
        }
    }

    public async Task DisconnectedAsync(Guid userId)
    {
        var remaining = _connections.AddOrUpdate(userId, 0, (_, n) => n - 1);
        if (remaining <= 0 && _connections.TryRemove(new KeyValuePair<Guid, int>(userId, remaining)))
        {
            try
            {
                await cluster.GetGrain<IInboxGrain>(userId).UnsubscribeAsync(Reference);
            }
            catch (Exception e)
            {
                logger.LogDebug(e, "Unsubscribing user {UserId} failed; the subscription will expire", userId);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RenewEvery);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var userId in _connections.Keys)
            {
                try
                {
                    await cluster.GetGrain<IInboxGrain>(userId).SubscribeAsync(Reference);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Renewing the notification subscription of user {UserId} failed", userId);
                }
            }
        }
    }
}
