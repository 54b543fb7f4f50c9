using System.Threading.RateLimiting;

namespace Counseling.Grains.Sessions;

/// <summary>
/// A token bucket per sender: a burst, then a steady rate. Refilled for the time since it was last used, not on a
/// timer: an automatic bucket runs a timer each, every second, for every participant of every open session, even in
/// silence; thousands of live sessions would keep the silo waking up for nothing.
/// </summary>
public sealed class SenderLimits(int burst, int perSecond)
{
    private readonly Dictionary<Guid, TokenBucketRateLimiter> _limits = [];

    /// <summary>Takes one token from the sender's bucket; false when it is empty.</summary>
    public bool TryTake(Guid senderId)
    {
        if (!_limits.TryGetValue(senderId, out var limiter))
        {
            limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = burst,
                TokensPerPeriod = perSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = false,
            });
            _limits[senderId] = limiter;
        }

        limiter.TryReplenish(); // adds perSecond tokens per second elapsed since the last refill, up to the burst
        return limiter.AttemptAcquire().IsAcquired;
    }

    /// <summary>Lets go of every bucket (the activation is going away). The buckets run no timers, so nothing else holds them.</summary>
    public void Clear()
    {
        foreach (var limiter in _limits.Values)
        {
            limiter.Dispose();
        }

        _limits.Clear();
    }
}
