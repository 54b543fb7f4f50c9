
namespace Counseling.Grains.Booking;

[GenerateSerializer, Alias("Counseling.AppointmentBookState")]
public sealed record AppointmentBookState
{
    [Id(0)] public Dictionary<Guid, AppointmentRecord> Appointments { get; set; } = [];

    [Id(1)] public string? CalendarFeedTokenHash { get; set; }
}
