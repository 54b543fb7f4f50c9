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
    /// <summary>Each participant sees the other by name; a booking called off stays, marked cancelled, so calendar apps drop it.</summary>
    public static FileContentHttpResult Ics(IEnumerable<AppointmentSummary> appointments, Guid viewer, bool attachment)
    {
        var calendar = new Calendar { ProductId = "-//Counseling//Appointments//EN" };
        calendar.AddProperty("X-WR-CALNAME", "Counseling sessions");
        foreach (var a in appointments.Where(a => a.Status.IsOnCalendar()))
        {
            var withWhom = viewer == a.CounselorId ? a.ClientName : a.CounselorName;
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{a.Id:N}@counseling",
                Summary = $"Counseling session with {withWhom} ({a.Modality.ToString().ToLowerInvariant()})",
                Description = "Join from your appointments page a few minutes before the start.",
                DtStart = new CalDateTime(a.Start.UtcDateTime),
                DtEnd = new CalDateTime(a.End.UtcDateTime),
                DtStamp = new CalDateTime(a.CreatedAt.UtcDateTime),
                Status = a.Status.TakesPlace() ? EventStatus.Confirmed : EventStatus.Cancelled,
            });
        }

        var body = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return TypedResults.File(Encoding.UTF8.GetBytes(body), "text/calendar; charset=utf-8", attachment ? "counseling.ics" : null);
    }

    /// <summary>Feed tokens are stored only as this hash.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
