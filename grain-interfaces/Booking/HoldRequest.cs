using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Shared;

namespace Counseling.GrainInterfaces.Booking;

/// <summary>
/// A client's request to reserve a slot. A reschedule carries the appointment it replaces, its payment and its
/// price (the price agreed when it was booked, whatever the counselor charges now).
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.HoldRequest")]
public sealed record HoldRequest(
    [property: Id(0)] Guid ClientId,
    [property: Id(1)] string ClientName,
    [property: Id(2)] DateTimeOffset Start,
    [property: Id(3)] int SessionMinutes,
    [property: Id(4)] SessionModality Modality,
    [property: Id(5)] Guid? ReschedulesAppointmentId = null,
    [property: Id(6)] PaymentReceipt? CarriedPayment = null,
    [property: Id(7)] Money? CarriedPrice = null);
