namespace Counseling.GrainInterfaces.Booking;

/// <summary>One user's list of appointments (as client or counselor), keyed by user id. Written only by appointment grains.</summary>
[Alias("Counseling.IAppointmentBookGrain")]
public interface IAppointmentBookGrain : IGrainWithGuidKey
{
    /// <summary>Records the latest state of an appointment. Idempotent.</summary>
    Task UpsertAsync(AppointmentSummary appointment);

    Task<AppointmentSummary[]> ListAsync();
}
