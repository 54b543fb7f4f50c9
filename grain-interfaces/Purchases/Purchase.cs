using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Counselors;

namespace Counseling.GrainInterfaces.Purchases;

[GenerateSerializer, Alias("Counseling.PurchaseKind")]
public enum PurchaseKind
{
    Package,
    Membership,

    /// <summary>Paid content (a course, article or seminar): an entitlement.</summary>
    Content,
}

[GenerateSerializer, Alias("Counseling.PurchaseStatus")]
public enum PurchaseStatus
{
    /// <summary>Created; waiting for the client to pay.</summary>
    Pending,

    /// <summary>Paid and delivered (credits added, membership started, content unlocked).</summary>
    Fulfilled,

    /// <summary>Paid but could not be delivered (for example a second membership); the money was returned.</summary>
    Refunded,
}

/// <summary>What a client is buying, with the terms copied at the moment of the order.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.PurchaseOrder")]
public sealed record PurchaseOrder(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid ClientId,
    [property: Id(2)] PurchaseKind Kind,
    [property: Id(3)] string Title,
    [property: Id(4)] Money Price,
    [property: Id(5)] PackageOffer? Package,
    [property: Id(6)] MembershipPlan? Plan,
    [property: Id(7)] ContentOffer? Content = null);

[GenerateSerializer, Immutable, Alias("Counseling.PurchaseSummary")]
public sealed record PurchaseSummary(
    [property: Id(0)] PurchaseOrder Order,
    [property: Id(1)] PurchaseStatus Status,
    [property: Id(2)] PaymentReceipt? Payment,
    [property: Id(3)] DateTimeOffset CreatedAt,
    [property: Id(4)] DateTimeOffset? FulfilledAt,
    [property: Id(5)] string? Note);

[GenerateSerializer, Immutable, Alias("Counseling.PurchaseResult")]
public sealed record PurchaseResult(
    [property: Id(0)] PurchaseSummary? Purchase,
    [property: Id(1)] string? Error,
    [property: Id(2)] string? Detail)
{
    public static PurchaseResult Ok(PurchaseSummary purchase) => new(purchase, null, null);

    public static PurchaseResult Fail(string error, string detail) => new(null, error, detail);
}

/// <summary>
/// One order for something other than a session (a package, a membership or paid content), keyed by the order id. Paying it
/// (provider webhook or the simulated page) delivers it exactly once.
/// </summary>
[Alias("Counseling.IPurchaseGrain")]
public interface IPurchaseGrain : IGrainWithGuidKey
{
    /// <summary>Records the order. Idempotent for the same order.</summary>
    Task<PurchaseResult> CreateAsync(PurchaseOrder order);

    /// <summary>The order, or null when it does not exist or belongs to someone else.</summary>
    Task<PurchaseSummary?> GetAsync(Guid actorId);

    /// <summary>Where the client pays (the same page when asked again).</summary>
    Task<CheckoutResult> StartCheckoutAsync(Guid actorId, string successUrl, string cancelUrl);

    /// <summary>The provider reports the payment. Idempotent on the payment reference.</summary>
    Task<PurchaseResult> PaymentSucceededAsync(PaymentReceipt receipt);
}

/// <summary>A client's orders, newest first (an index for the wallet page).</summary>
[Alias("Counseling.IPurchaseHistoryGrain")]
public interface IPurchaseHistoryGrain : IGrainWithGuidKey
{
    Task AddAsync(Guid purchaseId);

    Task<Guid[]> GetAsync();
}
