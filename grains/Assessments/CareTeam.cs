using Counseling.GrainInterfaces.Booking;

namespace Counseling.Grains.Assessments;

/// <summary>Who counts as a client's counselor, from the client's appointments. Pure.</summary>
public static class CareTeam
{
    /// <summary>
    /// A counselor who has or had a booked appointment with the client may read the client's scores. A hold that was
    /// never paid for is not a relationship.
    /// </summary>
    public static bool IsCounselorOf(IEnumerable<AppointmentSummary> clientAppointments, Guid counselorId) =>
        clientAppointments.Any(a => a.CounselorId == counselorId && Booked(a.Status));

    /// <summary>
    /// The counselor a crisis alert goes to: the counselor of the client's next appointment, else of their most
    /// recent one; null for a client who has never booked.
    /// </summary>
    public static Guid? CounselorFor(IEnumerable<AppointmentSummary> clientAppointments, DateTimeOffset now)
    {
        var booked = clientAppointments.Where(a => Booked(a.Status)).ToList();
        var next = booked.Where(a => a.Status is AppointmentStatus.Confirmed or AppointmentStatus.InSession && a.End >= now).MinBy(a => a.Start);
        return (next ?? booked.Where(a => a.Start <= now).MaxBy(a => a.Start))?.CounselorId;
    }

    private static bool Booked(AppointmentStatus status) => status is not (AppointmentStatus.Held or AppointmentStatus.Expired);
}
