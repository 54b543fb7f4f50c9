namespace Counseling.Grains.Payments;

/// <summary>
/// The payment provider, bound from "Payments". Without a Stripe secret key the platform uses the simulated gateway,
/// which moves no real money and says so on every page that involves it.
/// </summary>
public sealed class PaymentOptions
{
    public const string Section = "Payments";

    public string? StripeSecretKey { get; set; }

    /// <summary>Stripe's api address; tests point it at a loopback server that speaks Stripe's wire format.</summary>
    public string? StripeApiBase { get; set; }

    public bool Simulated => string.IsNullOrWhiteSpace(StripeSecretKey);
}
