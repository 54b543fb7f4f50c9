using System.Collections.Concurrent;

namespace Counseling.Api.Hubs;

/// <summary>
/// The grains an api node's observer is subscribed to, counted by the connections that need them. Subscriptions
/// expire on the grain side, so they are renewed on a timer; renewing also re-subscribes to grains re-activated
/// after a silo failure.
/// </summary>
public sealed class ObserverSubscriptions(Func<Guid, Task> subscribe, ILogger logger)
{
    private readonly ConcurrentDictionary<Guid, int> _connections = new();

    /// <summary>Counts a connection; subscribes when it is the first one here, or always when asked to.</summary>
    public async Task AddAsync(Guid key, bool alwaysSubscribe = false)
    {
        if (_connections.AddOrUpdate(key, 1, (_, n) => n + 1) == 1 || alwaysSubscribe)
        {
            await subscribe(key);
        }
    }

    /// <summary>Uncounts a connection; true when no connection here needs the grain any more.</summary>
    public bool Release(Guid key)
    {
        var remaining = _connections.AddOrUpdate(key, 0, (_, n) => n - 1);
        return remaining <= 0 && _connections.TryRemove(new KeyValuePair<Guid, int>(key, remaining));
    }

    public async Task RenewEveryAsync(TimeSpan period, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(period);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var key in _connections.Keys)
            {
                try
                {
                    await subscribe(key);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Renewing the subscription to {Key} failed; retrying at the next renewal", key);
                }
            }
        }
    }
}
