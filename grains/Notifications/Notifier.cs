using System.Security.Cryptography;
using System.Text;
using Counseling.GrainInterfaces.Notifications;

namespace Counseling.Grains.Notifications;

/// <summary>Sends notifications to users' inboxes from inside grains.</summary>
public static class Notifier
{
    /// <summary>
    /// Delivers with an id derived from what the notification is about, so a reminder or retry that fires twice
    /// lands in the inbox once.
    /// </summary>
    public static Task NotifyAsync(this IGrainFactory grains, Guid userId, string dedupKey, string kind, string title, string body, DateTimeOffset at, Guid? appointmentId = null)
    {
        var id = new Guid(SHA256.HashData(Encoding.UTF8.GetBytes($"{userId:N}|{dedupKey}|{kind}")).AsSpan(0, 16));
        return grains.GetGrain<IInboxGrain>(userId).DeliverAsync(new Notification(id, kind, title, body, at, appointmentId));
    }
}
