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
        Guid? appointmentId = null, params DateTimeOffset[] times) =>
        grains.GetGrain<IInboxGrain>(userId).DeliverAsync(new Notification(IdFor(userId, dedupKey, kind), kind, title, body, at, appointmentId, Times: times.Length == 0 ? null : times));

    /// <summary>A notification about something other than an appointment (<see cref="Notification.SubjectId"/>).</summary>
    public static Task NotifyAboutAsync(this IGrainFactory grains, Guid userId, string dedupKey, string kind, string title, string body, DateTimeOffset at, Guid subjectId,
        params DateTimeOffset[] times) =>
        grains.GetGrain<IInboxGrain>(userId).DeliverAsync(new Notification(IdFor(userId, dedupKey, kind), kind, title, body, at, null, Times: times.Length == 0 ? null : times, SubjectId: subjectId));

    private static Guid IdFor(Guid userId, string dedupKey, string kind) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{userId:N}|{dedupKey}|{kind}")).AsSpan(0, 16));

    /// <summary>Stands for the day and time <c>times[index]</c>, written by the reader's client in the reader's zone.</summary>
    public static string Time(int index = 0) => $"{{time:{index}}}";

    /// <summary>Stands for the date of <c>times[index]</c> in the reader's zone.</summary>
    public static string Date(int index = 0) => $"{{date:{index}}}";
}
