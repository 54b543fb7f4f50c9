using System.Security.Cryptography;
using System.Text;
using Counseling.GrainInterfaces.Booking;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Apis;

/// <summary>Appointments as iCalendar (RFC 5545), for the download and the private feed alike.</summary>
public static class CalendarFiles
{
    /// <summary>
    /// Each participant sees the other by name, with the session room's address and alarms a day and an hour before.
    /// A booking called off stays, marked cancelled, so calendar apps drop it. A rescheduled session keeps the UID of the
    /// booking it replaced and a higher SEQUENCE, so calendar apps move the event instead of showing two.
    /// </summary>
    public static FileContentHttpResult Ics(IEnumerable<AppointmentSummary> appointments, Guid viewer, bool attachment, Uri site)
    {
        var calendar = new Calendar { ProductId = "-//Counseling//Appointments//EN" };
        calendar.AddProperty("X-WR-CALNAME", "Counseling sessions");
        var all = appointments.ToList();
        var byId = all.ToDictionary(a => a.Id);
        foreach (var a in all.Where(a => a.Status.IsOnCalendar()))
        {
            var (root, moves) = Lineage(a, byId);
            var withWhom = viewer == a.CounselorId ? a.ClientName : a.CounselorName;
            var room = new Uri(site, $"/#/sessions/{a.Id}");
            var takesPlace = a.Status.TakesPlace();
            var calendarEvent = new CalendarEvent
            {
                Uid = $"{root:N}@counseling",
                Sequence = moves + (takesPlace ? 0 : 1),
                Summary = $"Counseling session with {withWhom} ({a.Modality.ToString().ToLowerInvariant()})",
                Description = takesPlace
                    ? $"Join the session room at {room} (it opens 10 minutes before the start)."
                    : "This session was cancelled.",
                Url = room,
                DtStart = new CalDateTime(a.Start.UtcDateTime),
                DtEnd = new CalDateTime(a.End.UtcDateTime),
                DtStamp = new CalDateTime(a.CreatedAt.UtcDateTime),
                Status = takesPlace ? EventStatus.Confirmed : EventStatus.Cancelled,
            };
            if (takesPlace)
            {
                calendarEvent.Alarms.Add(Reminder(TimeSpan.FromDays(1), "Counseling session tomorrow"));
                calendarEvent.Alarms.Add(Reminder(TimeSpan.FromHours(1), "Counseling session in an hour"));
            }

            calendar.Events.Add(calendarEvent);
        }

        var body = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return TypedResults.File(Encoding.UTF8.GetBytes(body), "text/calendar; charset=utf-8", attachment ? "counseling.ics" : null);
    }

    /// <summary>The first booking a session was moved from (its event's identity) and how often it was moved since.</summary>
    private static (Guid Root, int Moves) Lineage(AppointmentSummary a, Dictionary<Guid, AppointmentSummary> byId)
    {
        var (root, moves) = (a.Id, 0);
        var current = a;
        while (current.ReschedulesAppointmentId is { } earlier && moves < 100)
        {
            (root, moves) = (earlier, moves + 1);
            if (!byId.TryGetValue(earlier, out current!))
            {
                break;
            }
        }

        return (root, moves);
    }

    private static Alarm Reminder(TimeSpan before, string text) =>
        new() { Action = AlarmAction.Display, Description = text, Trigger = new Trigger(Duration.FromTimeSpanExact(-before)) };

    /// <summary>Feed tokens are stored only as this hash.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
