namespace Counseling.GrainInterfaces.Booking;

[GenerateSerializer, Alias("Counseling.AppointmentStatus")]
public enum AppointmentStatus
{
    /// <summary>The slot is reserved while the client pays; it lapses at the hold's expiry.</summary>
    Held = 0,
    Confirmed = 1,
    InSession = 2,
    Completed = 3,
    CancelledByClient = 4,
    CancelledByCounselor = 5,

    /// <summary>Cancelled by the client inside the cancellation window: the fee is kept.</summary>
    LateCancelled = 6,
    NoShowClient = 7,

    /// <summary>The counselor did not attend: the client is fully credited.</summary>
    NoShowCounselor = 8,

    /// <summary>Moved to another time; the new appointment links back to this one.</summary>
    Rescheduled = 9,

    /// <summary>A hold that was never confirmed.</summary>
    Expired = 10,
}

public static class AppointmentStatuses
{
    /// <summary>Statuses that occupy the counselor's calendar.</summary>
    public static bool IsActive(this AppointmentStatus status) =>
        status is AppointmentStatus.Held or AppointmentStatus.Confirmed or AppointmentStatus.InSession;

    /// <summary>The status in words, as it reads in a sentence ("An appointment that is cancelled late …").</summary>
    public static string Describe(this AppointmentStatus status) => status switch
    {
        AppointmentStatus.LateCancelled => "cancelled late",
        AppointmentStatus.CancelledByClient or AppointmentStatus.CancelledByCounselor => "cancelled",
        AppointmentStatus.NoShowClient or AppointmentStatus.NoShowCounselor => "marked as a no-show",
        AppointmentStatus.InSession => "in session",
        _ => status.ToString().ToLowerInvariant(),
    };
}
