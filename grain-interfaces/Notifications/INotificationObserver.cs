using Orleans.Concurrency;

namespace Counseling.GrainInterfaces.Notifications;

/// <summary>
/// Implemented once per api node: the node subscribes it to the inbox of every user connected to it, and
/// relays what it receives to that user's open connections.
/// </summary>
[Alias("Counseling.INotificationObserver")]
public interface INotificationObserver : IGrainObserver
{
    [OneWay]
    Task OnNotificationAsync(Guid userId, Notification notification);
}
