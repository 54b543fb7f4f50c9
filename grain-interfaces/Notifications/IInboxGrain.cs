namespace Counseling.GrainInterfaces.Notifications;

/// <summary>
/// One user's notifications, keyed by user id: kept (the most recent few hundred) so an offline user catches
/// up, and pushed live to every api node that has the user connected.
/// </summary>
[Alias("Counseling.IInboxGrain")]
public interface IInboxGrain : IGrainWithGuidKey
{
    /// <summary>Stores the notification and pushes it to connected nodes. Idempotent on the notification id.</summary>
    Task DeliverAsync(Notification notification);

    /// <summary>Newest first.</summary>
    Task<Notification[]> ListAsync(int limit);

    Task<int> UnreadCountAsync();

    /// <summary>Marks the given notifications read, or all of them when none are given. Returns the new unread count.</summary>
    Task<int> MarkReadAsync(Guid[] ids);

    /// <summary>An api node's observer for this user; it expires unless renewed, so nodes renew it periodically.</summary>
    Task SubscribeAsync(INotificationObserver observer);

    Task UnsubscribeAsync(INotificationObserver observer);
}
