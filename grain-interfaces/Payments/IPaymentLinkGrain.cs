namespace Counseling.GrainInterfaces.Payments;

/// <summary>
/// What one provider payment (keyed by its payment reference, a Stripe PaymentIntent id) paid for. Provider objects
/// that refer back to a payment without the platform's metadata (a Stripe dispute carries only the PaymentIntent
/// and charge ids) are traced to their appointment or order through it.
/// </summary>
[Alias("Counseling.IPaymentLinkGrain")]
public interface IPaymentLinkGrain : IGrainWithStringKey
{
    /// <summary>Records the appointment or order this payment paid for; the first link stands.</summary>
    Task LinkAsync(Guid orderId);

    /// <summary>The appointment or order id, or null when no payment with this reference succeeded here.</summary>
    Task<Guid?> GetOrderAsync();
}
