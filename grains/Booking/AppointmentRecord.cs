using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Shared;

namespace Counseling.Grains.Booking;

/// <summary>
/// An appointment as it is stored, kept apart from <see cref="AppointmentSummary"/>, the contract callers see, so that
/// either can change without the other. Its property names are those the summary had when it was stored directly:
/// grain state is JSON, so state written before the two were separated reads into this record unchanged.
/// </summary>
[GenerateSerializer, Alias("Counseling.AppointmentRecord")]
public sealed record AppointmentRecord(
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
    public static AppointmentRecord From(AppointmentSummary a) =>
        new(a.Id, a.CounselorId, a.CounselorName, a.ClientId, a.ClientName, a.Start, a.End, a.Modality, a.Status, a.Price,
            a.HoldExpiresAt, a.ReschedulesAppointmentId, a.RescheduledToAppointmentId, a.ClientCredited, a.CancellationReason,
            a.CreatedAt, a.CounselorTimeZone, a.Payment, a.RefundedMinor, a.EndedEarlyReason);

    public AppointmentSummary ToSummary() =>
        new(Id, CounselorId, CounselorName, ClientId, ClientName, Start, End, Modality, Status, Price,
            HoldExpiresAt, ReschedulesAppointmentId, RescheduledToAppointmentId, ClientCredited, CancellationReason,
            CreatedAt, CounselorTimeZone, Payment, RefundedMinor, EndedEarlyReason);
}
