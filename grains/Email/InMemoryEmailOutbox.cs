namespace Counseling.Grains.Email;

/// <summary>The outbox when the platform runs without a database: one process, nothing survives a restart.</summary>
public sealed class InMemoryEmailOutbox(TimeProvider clock) : IEmailOutbox
{
    private sealed class Entry(OutboxEmail email)
    {
        public OutboxEmail Email { get; } = email;
        public int Attempts { get; set; }
        public DateTimeOffset NextAttemptAt { get; set; }
        public DateTimeOffset? LockedUntil { get; set; }
        public bool Sent { get; set; }
    }

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _byKey = [];

    private DateTimeOffset Now => clock.GetUtcNow();

    public Task<bool> EnqueueAsync(OutboxEmail email)
    {
        lock (_gate)
        {
            return Task.FromResult(_byKey.TryAdd(email.DedupKey, new Entry(email) { NextAttemptAt = Now }));
        }
    }

    public Task<IReadOnlyList<ClaimedEmail>> ClaimDueAsync(int limit, TimeSpan lease)
    {
        lock (_gate)
        {
            var now = Now;
            var due = _byKey.Values.Where(e => !e.Sent && e.NextAttemptAt <= now && (e.LockedUntil is null || e.LockedUntil < now))
                .OrderBy(e => e.NextAttemptAt).Take(limit).ToList();
            due.ForEach(e => e.LockedUntil = now + lease);
            return Task.FromResult<IReadOnlyList<ClaimedEmail>>([.. due.Select(e => new ClaimedEmail(e.Email, e.Attempts))]);
        }
    }

    public Task MarkSentAsync(Guid emailId) => Update(emailId, e =>
    {
        e.Sent = true;
        e.Attempts++;
    });

    public Task MarkFailedAsync(Guid emailId, string error, TimeSpan retryAfter) => Update(emailId, e =>
    {
        e.Attempts++;
        e.NextAttemptAt = Now + retryAfter;
        e.LockedUntil = null;
    });

    private Task Update(Guid emailId, Action<Entry> change)
    {
        lock (_gate)
        {
            if (_byKey.Values.FirstOrDefault(e => e.Email.Id == emailId) is { } entry)
            {
                change(entry);
            }
        }

        return Task.CompletedTask;
    }
}
