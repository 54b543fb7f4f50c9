using Counseling.GrainInterfaces.Shared;

namespace Counseling.GrainInterfaces.Purchases;

/// <summary>
/// One order for something other than a session (a package, a membership or paid content), keyed by the order id. Paying it
/// (provider webhook or the simulated page) delivers it exactly once.
/// </summary>
[Alias("Counseling.IPurchaseGrain")]
public interface IPurchaseGrain : IGrainWithGuidKey
{
    /// <summary>
    /// Places an order if the client may buy what it names: a current offer of a bookable counselor, never their own,
    /// content they do not own yet, and one membership at a time. The terms on sale are copied into the order.
    /// Idempotent: asked again, the same client gets the order already placed here.
    /// </summary>
    Task<Result<PurchaseSummary>> PlaceAsync(Guid clientId, OrderRequest request);

    /// <summary>The order, or null when it does not exist or belongs to someone else.</summary>
    Task<PurchaseSummary?> GetAsync(Guid actorId);

    /// <summary>Where the client pays (the same page when asked again).</summary>
    Task<Result<CheckoutLink>> StartCheckoutAsync(Guid actorId, string successUrl, string cancelUrl);

    /// <summary>The provider reports the payment. Idempotent on the payment reference.</summary>
    Task<Result<PurchaseSummary>> PaymentSucceededAsync(PaymentReceipt receipt);
}
