using Counseling.GrainInterfaces.Booking;

namespace Counseling.Grains.Booking;

[GenerateSerializer, Alias("Counseling.AppointmentState")]
public sealed record AppointmentState
{
    [Id(0)] public AppointmentSummary? Appointment { get; set; }

    /// <summary>Reminder names already delivered, so a reminder firing twice notifies once.</summary>
    [Id(1)] public HashSet<string> RemindersSent { get; set; } = [];
}
