namespace Counseling.GrainInterfaces.Shared;

/// <summary>
/// Proof that something is paid for: a card payment (real or simulated), a redeemed package credit or a membership
/// session. Appointments and orders are confirmed with one.
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.PaymentReceipt")]
public sealed record PaymentReceipt(
    [property: Id(0)] string Method,
    [property: Id(1)] string Reference,
    [property: Id(2)] Money Amount);
