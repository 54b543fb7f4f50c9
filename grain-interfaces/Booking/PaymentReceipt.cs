using Counseling.GrainInterfaces.Counselors;

namespace Counseling.GrainInterfaces.Booking;

/// <summary>
/// Proof that a booking is paid for, handed to <see cref="IAppointmentGrain.ConfirmAsync"/>. This is the seam the
/// payments work plugs into: a card payment, a redeemed package credit or a membership session.
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.PaymentReceipt")]
public sealed record PaymentReceipt(
    [property: Id(0)] string Method,
    [property: Id(1)] string Reference,
    [property: Id(2)] Money Amount);
