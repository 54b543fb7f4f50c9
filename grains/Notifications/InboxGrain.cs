using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Counseling.GrainInterfaces.Accounts;
using Counseling.GrainInterfaces.Notifications;
using Counseling.Grains.Email;
using Orleans.Utilities;

namespace Counseling.Grains.Notifications;

[GrainType("inbox")]
public sealed class InboxGrain : Grain, IInboxGrain
{
    /// <summary>Enough to catch up after weeks away; older notifications have been acted on or are moot.</summary>
    public const int Capacity = 200;

    /// <summary>Api nodes renew their subscription every minute; a node gone for longer than this is dropped.</summary>
    public static readonly TimeSpan SubscriptionLifetime = TimeSpan.FromMinutes(3);

    private readonly IPersistentState<InboxState> _state;
    private readonly ObserverManager<INotificationObserver> _observers;
    private readonly IEmailOutbox _outbox;
    private readonly Uri _publicBaseUrl;

    public InboxGrain([PersistentState("inbox", StorageNames.Main)] IPersistentState<InboxState> state, IEmailOutbox outbox,
        IOptions<EmailOptions> email, ILogger<InboxGrain> logger)
    {
        _state = state;
        _outbox = outbox;
        _publicBaseUrl = new Uri(email.Value.PublicBaseUrl);
        _observers = new ObserverManager<INotificationObserver>(SubscriptionLifetime, logger);
    }

    private List<Notification> Items => _state.State.Items;

    public async Task DeliverAsync(Notification notification)
    {
        if (Items.Any(n => n.Id == notification.Id))
        {
            return;
        }

        // The email is queued before the notification is stored: a delivery retried after a crash in between finds the
        // email already queued (same key) and stores the notification; one stored first would never get its email.
        if (await GrainFactory.GetGrain<IUserGrain>(this.GetPrimaryKey()).GetProfileAsync() is { } recipient)
        {
            await _outbox.EnqueueAsync(EmailComposer.Compose(notification, recipient, _publicBaseUrl));
        }

        Items.Insert(0, notification);
        if (Items.Count > Capacity)
        {
            Items.RemoveRange(Capacity, Items.Count - Capacity);
        }

        // Stored before it is pushed: a user who misses the push finds it on the next connect.
        await _state.WriteStateAsync();
        var userId = this.GetPrimaryKey();
        await _observers.Notify(o => o.OnNotificationAsync(userId, notification));
    }

    public Task<Notification[]> ListAsync(int limit) => Task.FromResult(Items.Take(Math.Clamp(limit, 1, Capacity)).ToArray());

    public Task<int> UnreadCountAsync() => Task.FromResult(Items.Count(n => !n.Read));

    public async Task<int> MarkReadAsync(Guid[] ids)
    {
        var changed = false;
        for (var i = 0; i < Items.Count; i++)
        {
            if (!Items[i].Read && (ids.Length == 0 || ids.Contains(Items[i].Id)))
            {
                Items[i] = Items[i] with { Read = true };
                changed = true;
            }
        }

        if (changed)
        {
            await _state.WriteStateAsync();
        }

        return Items.Count(n => !n.Read);
    }

    public Task SubscribeAsync(INotificationObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(INotificationObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }
}
