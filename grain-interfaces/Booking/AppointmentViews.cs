using Counseling.GrainInterfaces.Shared;

namespace Counseling.GrainInterfaces.Booking;

/// <summary>How appointments are shown to the people in them: upcoming or past, on their calendar, with a receipt.</summary>
public static class AppointmentViews
{
    /// <summary>Still ahead: it occupies the calendar and has not ended yet.</summary>
    public static bool IsUpcoming(this AppointmentSummary appointment, DateTimeOffset now) =>
        appointment.Status.IsActive() && appointment.End > now;

    /// <summary>The upcoming appointments, soonest first.</summary>
    public static AppointmentSummary[] Upcoming(IEnumerable<AppointmentSummary> appointments, DateTimeOffset now) =>
        [.. appointments.Where(a => a.IsUpcoming(now)).OrderBy(a => a.Start)];

    /// <summary>Everything else (over, cancelled, lapsed), latest first.</summary>
    public static AppointmentSummary[] Past(IEnumerable<AppointmentSummary> appointments, DateTimeOffset now) =>
        [.. appointments.Where(a => !a.IsUpcoming(now)).OrderByDescending(a => a.Start)];

    /// <summary>
    /// Whether it belongs on the participants' calendars: every booking that was confirmed, cancelled ones included
    /// so that a calendar app removes them; never a hold, a lapsed hold, a no-show or the old time of a rescheduled one.
    /// </summary>
    public static bool IsOnCalendar(this AppointmentStatus status) =>
        status is AppointmentStatus.Confirmed or AppointmentStatus.InSession or AppointmentStatus.Completed
            or AppointmentStatus.CancelledByClient or AppointmentStatus.CancelledByCounselor or AppointmentStatus.LateCancelled;

    /// <summary>Whether it takes (or took) place, as opposed to being called off.</summary>
    public static bool TakesPlace(this AppointmentStatus status) =>
        status.IsActive() || status == AppointmentStatus.Completed;

    /// <summary>The payment a receipt shows to this viewer: only the client gets one, and only for a booking that was paid or paid for with a credit.</summary>
    public static PaymentReceipt? ReceiptPaymentFor(this AppointmentSummary appointment, Guid viewer) =>
        appointment.ClientId == viewer && appointment.Payment is { Method: not PaymentMethods.NotCharged } payment ? payment : null;
}
