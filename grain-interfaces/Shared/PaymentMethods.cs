namespace Counseling.GrainInterfaces.Shared;

/// <summary>The methods a receipt may carry.</summary>
public static class PaymentMethods
{
    public const string Stripe = "stripe";
    public const string Simulated = "simulated";
    public const string Package = "package";
    public const string Membership = "membership";

    /// <summary>Bookings confirmed before payments existed carry this method and move no money.</summary>
    public const string NotCharged = "not-charged";

    /// <summary>A payment taken by the provider (real or simulated), as opposed to a credit used.</summary>
    public static bool IsCard(string method) => method is Stripe or Simulated;
}
