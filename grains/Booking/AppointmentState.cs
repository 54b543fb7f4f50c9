using Counseling.GrainInterfaces.Booking;

namespace Counseling.Grains.Booking;

[GenerateSerializer, Alias("Counseling.AppointmentState")]
public sealed record AppointmentState
{
    [Id(0)] public AppointmentSummary? Appointment { get; set; }

    /// <summary>Reminder names already delivered, so a reminder firing twice notifies once.</summary>
    [Id(1)] public HashSet<string> RemindersSent { get; set; } = [];

    [Id(2)] public bool ClientJoined { get; set; }

    [Id(3)] public bool CounselorJoined { get; set; }
}
