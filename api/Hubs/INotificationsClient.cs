using Counseling.GrainInterfaces.Notifications;

namespace Counseling.Api.Hubs;

/// <summary>What the server calls on a connected browser.</summary>
public interface INotificationsClient
{
    Task Notification(Notification notification);
}
