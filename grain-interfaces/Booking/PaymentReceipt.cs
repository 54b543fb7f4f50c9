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

/// <summary>The methods a receipt may carry.</summary>
public static class PaymentMethods
{
    public const string Stripe = "stripe";
    public const string Simulated = "simulated";
    public const string Package = "package";
    public const string Membership = "membership";

    /// <summary>A payment taken by the provider (real or simulated), as opposed to a credit used.</summary>
    public static bool IsCard(string method) => method is Stripe or Simulated;
}
