namespace Counseling.GrainInterfaces.Booking;

/// <summary>One user's list of appointments (as client or counselor), keyed by user id. Written only by appointment grains.</summary>
[Alias("Counseling.IAppointmentBookGrain")]
public interface IAppointmentBookGrain : IGrainWithGuidKey
{
    /// <summary>Records the latest state of an appointment. Idempotent.</summary>
    Task UpsertAsync(AppointmentSummary appointment);

    Task<AppointmentSummary[]> ListAsync();

    /// <summary>Replaces the hash of the private calendar-feed token (null revokes the feed).</summary>
    Task SetCalendarFeedTokenHashAsync(string? tokenHash);

    /// <summary>Whether a presented feed token (by hash) is the current one.</summary>
    Task<bool> IsCalendarFeedTokenAsync(string tokenHash);
}
