using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Shared;
using Orleans.Concurrency;

namespace Counseling.GrainInterfaces.Counselors;

/// <summary>
/// One counselor, keyed by the counselor's user id: profile, credential, availability and the calendar of
/// booked slots. Non-reentrant: every hold is decided here one at a time, so double booking cannot happen.
/// Callers (the api) check that the signed-in user is this counselor before calling the editing methods.
/// </summary>
[Alias("Counseling.ICounselorGrain")]
public interface ICounselorGrain : IGrainWithGuidKey
{
    Task<CounselorView> GetAsync();

    /// <summary>Creates or replaces the profile. Validates taxonomy, time zone, price and lengths.</summary>
    Task<Result> UpdateProfileAsync(CounselorProfile profile);

    /// <summary>Submits (or resubmits) a license for verification; it becomes pending and unbookable until verified.</summary>
    Task<Result> SubmitCredentialAsync(string licenseNumber, string jurisdiction, DateOnly expiresOn);

    /// <summary>An operator's decision on a pending credential; recorded with who and when. Idempotent per decision.</summary>
    Task<Result> ReviewCredentialAsync(Guid operatorId, bool approve, string? reason);

    Task<Result> SetAvailabilityAsync(Availability availability);

    /// <summary>Free slots of the given length between two instants (the range is capped).</summary>
    Task<Slot[]> GetSlotsAsync(DateTimeOffset from, DateTimeOffset to, int sessionMinutes);

    /// <summary>
    /// Holds a slot for a client: validates it against availability, notice, horizon and every active booking
    /// (buffers included), then creates the appointment. Exactly one of many racing holds on a slot wins.
    /// </summary>
    Task<Result<AppointmentSummary>> HoldAsync(HoldRequest request);

    /// <summary>
    /// The earliest free slot of the shortest session length, or null. Interleaves with other calls: it only reads
    /// in-memory state, and the directory calls it while a counselor may be waiting on the directory.
    /// </summary>
    [AlwaysInterleave]
    Task<DateTimeOffset?> GetNextFreeSlotAsync();

    /// <summary>Called by an appointment: the hold became a booking. Fails when the hold is gone or expired.</summary>
    Task<Result> ConfirmHoldAsync(Guid appointmentId);

    /// <summary>Called by an appointment that ended, was cancelled or expired: frees its time. Idempotent.</summary>
    Task ReleaseAsync(Guid appointmentId);
}
