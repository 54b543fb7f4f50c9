using Counseling.GrainInterfaces.Shared;

namespace Counseling.GrainInterfaces.Booking;

/// <summary>
/// What cancelling an appointment now would do, in money, before the person confirms. <see cref="Refund"/> goes back
/// the way it was paid (<see cref="RefundTo"/>: "card", "credit" for a package or membership session, or "none"
/// when nothing goes back); <see cref="Kept"/> stays with the counselor and the platform. <see cref="PaidWith"/> is
/// how the session was paid: "card", "credit" or "none". <see cref="FreeUntil"/> is when free cancellation ends.
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.CancellationQuote")]
public sealed record CancellationQuote(
    [property: Id(0)] AppointmentStatus Outcome,
    [property: Id(1)] bool Late,
    [property: Id(2)] Money Paid,
    [property: Id(3)] Money Refund,
    [property: Id(4)] Money Kept,
    [property: Id(5)] string RefundTo,
    [property: Id(6)] DateTimeOffset FreeUntil,
    [property: Id(7)] string PaidWith);
