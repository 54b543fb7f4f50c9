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
    public static Task NotifyAsync(this IGrainFactory grains, Guid userId, string dedupKey, string kind, string title, string body, DateTimeOffset at,
        Guid? appointmentId = null, params DateTimeOffset[] times)
    {
        var id = new Guid(SHA256.HashData(Encoding.UTF8.GetBytes($"{userId:N}|{dedupKey}|{kind}")).AsSpan(0, 16));
        return grains.GetGrain<IInboxGrain>(userId).DeliverAsync(new Notification(id, kind, title, body, at, appointmentId, Times: times.Length == 0 ? null : times));
    }

    /// <summary>Stands for the day and time <c>times[index]</c>, written by the reader's client in the reader's zone.</summary>
    public static string Time(int index = 0) => $"{{time:{index}}}";

    /// <summary>Stands for the date of <c>times[index]</c> in the reader's zone.</summary>
    public static string Date(int index = 0) => $"{{date:{index}}}";
}
