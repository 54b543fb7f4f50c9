using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Counseling.Api.Auth;

/// <summary>
/// Per-email limiter for sign-in. The partition key is only known after the body is read, so this is called
/// from the handler rather than from the rate-limiting middleware. It applies to unknown addresses too, so a 429
/// reveals nothing about which accounts exist.
/// </summary>
public sealed class AccountThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public AccountThrottle(IOptions<LoginThrottleOptions> options)
    {
        var o = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(email =>
            RateLimitPartition.GetFixedWindowLimiter(email, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = o.PermitsPerAccount,
                Window = o.Window,
                QueueLimit = 0,
            }));
    }

    /// <summary>Null when the attempt may proceed, otherwise how long to wait.</summary>
    public TimeSpan? TryAcquire(string normalizedEmail)
    {
        using var lease = _limiter.AttemptAcquire(normalizedEmail);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => _limiter.Dispose();
}
