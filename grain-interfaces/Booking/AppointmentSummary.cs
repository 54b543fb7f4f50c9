using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Shared;

namespace Counseling.GrainInterfaces.Booking;

/// <summary>An appointment as both participants see it.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.AppointmentSummary")]
public sealed record AppointmentSummary(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid CounselorId,
    [property: Id(2)] string CounselorName,
    [property: Id(3)] Guid ClientId,
    [property: Id(4)] string ClientName,
    [property: Id(5)] DateTimeOffset Start,
    [property: Id(6)] DateTimeOffset End,
    [property: Id(7)] SessionModality Modality,
    [property: Id(8)] AppointmentStatus Status,
    [property: Id(9)] Money Price,
    [property: Id(10)] DateTimeOffset? HoldExpiresAt,
    [property: Id(11)] Guid? ReschedulesAppointmentId,
    [property: Id(12)] Guid? RescheduledToAppointmentId,
    [property: Id(13)] bool ClientCredited,
    [property: Id(14)] string? CancellationReason,
    [property: Id(15)] DateTimeOffset CreatedAt,
    [property: Id(16)] string CounselorTimeZone,
    [property: Id(17)] PaymentReceipt? Payment,
    [property: Id(18)] long RefundedMinor = 0,
    [property: Id(19)] string? EndedEarlyReason = null)
{
    /// <summary>
    /// Whether money went back to the client: part of a late cancellation, or all of it for a timely cancellation,
    /// a counselor's cancellation or a counselor's absence.
    /// </summary>
    public bool WasRefunded() =>
        RefundedMinor > 0 || Status is AppointmentStatus.CancelledByClient or AppointmentStatus.CancelledByCounselor or AppointmentStatus.NoShowCounselor;
}
