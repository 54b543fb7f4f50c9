namespace Counseling.Grains.Email;

/// <summary>
/// Email waiting to be sent. Queuing is idempotent by the email's dedup key; a claimed email is leased, so two
/// dispatchers (one per silo) never send it at the same time, and a dispatcher that dies releases it when the lease ends.
/// </summary>
public interface IEmailOutbox
{
    /// <summary>Queues the email unless one with its dedup key was queued before; true when it was added now.</summary>
    Task<bool> EnqueueAsync(OutboxEmail email);

    /// <summary>Up to <paramref name="limit"/> unsent emails whose next attempt is due, leased for <paramref name="lease"/>.</summary>
    Task<IReadOnlyList<ClaimedEmail>> ClaimDueAsync(int limit, TimeSpan lease);

    Task MarkSentAsync(Guid emailId);

    /// <summary>Records a failed attempt and when to try again.</summary>
    Task MarkFailedAsync(Guid emailId, string error, TimeSpan retryAfter);
}
