namespace Counseling.GrainInterfaces.Booking;

/// <summary>
/// The outcome of a booking command. On failure <see cref="Error"/> is a stable problem code
/// (slot-taken, not-bookable, invalid-slot, hold-expired, not-participant, invalid-transition, ...).
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.BookingResult")]
public sealed record BookingResult(
    [property: Id(0)] AppointmentSummary? Appointment,
    [property: Id(1)] string? Error,
    [property: Id(2)] string? Detail)
{
    public bool Succeeded => Error is null;

    public static BookingResult Ok(AppointmentSummary appointment) => new(appointment, null, null);

    public static BookingResult Fail(string error, string detail) => new(null, error, detail);
}
