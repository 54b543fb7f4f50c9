using Counseling.GrainInterfaces.Booking;

namespace Counseling.Grains.Booking;

/// <summary>
/// The durable reminders of one appointment and when each falls due. Pure: the grain registers and handles them.
/// Names are stored with the reminders in PostgreSQL, so they never change.
/// </summary>
public static class AppointmentSchedule
{
    public const string HoldExpiry = "hold-expiry";
    public const string DayBefore = "reminder-24h";
    public const string HourBefore = "reminder-1h";
    public const string SessionClose = "session-close";

    public static readonly string[] All = [HoldExpiry, DayBefore, HourBefore, SessionClose];

    /// <summary>A booked session is closed after its grace period; the notices a day and an hour before, while still ahead.</summary>
    public static IEnumerable<(string Name, DateTimeOffset At)> ForBookedSession(AppointmentSummary a, DateTimeOffset now, TimeSpan grace)
    {
        yield return (SessionClose, a.End + grace);
        foreach (var (name, before) in new[] { (DayBefore, TimeSpan.FromHours(24)), (HourBefore, TimeSpan.FromHours(1)) })
        {
            if (a.Start - before > now)
            {
                yield return (name, a.Start - before);
            }
        }
    }

    /// <summary>
    /// When a reminder's work is due. A hold lapses at its expiry and a session closes after its grace, so a
    /// reminder that wakes early (they can) waits for the rest; the notices are due when they fire.
    /// </summary>
    public static DateTimeOffset DueAt(string name, AppointmentSummary a, DateTimeOffset now, TimeSpan grace) => name switch
    {
        HoldExpiry when a.Status == AppointmentStatus.Held => a.HoldExpiresAt!.Value,
        SessionClose when a.Status is AppointmentStatus.Confirmed or AppointmentStatus.InSession => a.End + grace,
        _ => now,
    };
}
