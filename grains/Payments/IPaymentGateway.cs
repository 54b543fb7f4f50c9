using Counseling.GrainInterfaces.Shared;

namespace Counseling.Grains.Payments;

/// <summary>The payment provider as the grains use it. Every write carries an idempotency key.</summary>
public interface IPaymentGateway
{
    /// <summary>"stripe" or "simulated": the method recorded on receipts.</summary>
    string Method { get; }

    /// <summary>A hosted payment page for an order (an appointment or a purchase); the same key returns the same page.</summary>
    Task<CheckoutPage> CreateCheckoutAsync(CheckoutRequest request, string idempotencyKey);

    /// <summary>Returns money for a payment (its provider reference); the same key refunds once.</summary>
    Task RefundAsync(string paymentReference, Money amount, string idempotencyKey, IReadOnlyDictionary<string, string> metadata);

    /// <summary>Pays a counselor's connected account (separate charges and transfers); the same key transfers once.</summary>
    Task TransferAsync(string? destinationAccount, Money amount, string transferGroup, string idempotencyKey);

    /// <summary>Creates a connected account (Stripe Connect Express) for a counselor; the same key creates one.</summary>
    Task<string> CreateConnectedAccountAsync(Guid counselorId, string email, string idempotencyKey);

    /// <summary>A short-lived hosted page where the counselor enters identity and bank details.</summary>
    Task<string> CreateOnboardingLinkAsync(string accountId, string returnUrl, string refreshUrl, string idempotencyKey);

    Task<ConnectedAccountStatus> GetConnectedAccountAsync(string accountId);

    /// <summary>
    /// Charges the card saved with an earlier payment again, without the customer present (a membership renewal).
    /// A declined card is an answer, not an error; an unreachable provider throws so the caller retries later.
    /// </summary>
    Task<SavedCardCharge> ChargeSavedCardAsync(string originalPaymentReference, Money amount, string description, IReadOnlyDictionary<string, string> metadata, string idempotencyKey);
}

/// <summary>What is being paid for: its kind names the metadata key ("appointment_id" or "purchase_id").</summary>
public sealed record CheckoutRequest(
    CheckoutOrderKind Kind,
    Guid OrderId,
    Guid ClientId,
    Money Amount,
    string Description,
    string SuccessUrl,
    string CancelUrl,
    DateTimeOffset ExpiresAt,
    bool SaveCardForRenewals = false);

public enum CheckoutOrderKind
{
    Appointment,
    Purchase,
}

[GenerateSerializer, Immutable, Alias("Counseling.CheckoutPage")]
public sealed record CheckoutPage([property: Id(0)] string Id, [property: Id(1)] string Url);

/// <summary>
/// A payment page handed out for an order, kept so that asking again shows the same page while it is usable
/// (Stripe refuses a reused idempotency key with different parameters, such as a later expiry).
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.OpenCheckout")]
public sealed record OpenCheckout(
    [property: Id(0)] CheckoutPage Page,
    [property: Id(1)] DateTimeOffset ExpiresAt,
    [property: Id(2)] int Attempt)
{
    /// <summary>Stripe accepts an expiry from 30 minutes to 24 hours after creation; a margin keeps clear of the lower bound.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(31);

    /// <summary>A page about to expire is not handed out again: the client needs time to pay.</summary>
    public static readonly TimeSpan MinimumLeft = TimeSpan.FromMinutes(5);

    public bool Usable(DateTimeOffset now) => ExpiresAt - now > MinimumLeft;

    /// <summary>The first page of an order is keyed "checkout:{order}", later ones (after an expiry) add the attempt.</summary>
    public static string Key(Guid orderId, int attempt) => attempt == 0 ? $"checkout:{orderId:N}" : $"checkout:{orderId:N}:{attempt}";
}

public static class PaymentGatewayExtensions
{
    /// <summary>
    /// The order's payment page: <paramref name="current"/> while it is usable, otherwise a new one (under the next
    /// attempt's key) built by <paramref name="request"/> for the given expiry. The caller stores what comes back
    /// when it is not <paramref name="current"/>.
    /// </summary>
    public static async Task<OpenCheckout> OpenCheckoutAsync(this IPaymentGateway gateway, Guid orderId, OpenCheckout? current, DateTimeOffset now,
        Func<DateTimeOffset, CheckoutRequest> request)
    {
        if (current is not null && current.Usable(now))
        {
            return current;
        }

        var attempt = current is null ? 0 : current.Attempt + 1;
        var expiresAt = now + OpenCheckout.Lifetime;
        var page = await gateway.CreateCheckoutAsync(request(expiresAt), OpenCheckout.Key(orderId, attempt));
        return new OpenCheckout(page, expiresAt, attempt);
    }
}

public sealed record ConnectedAccountStatus(bool PayoutsEnabled, bool DetailsSubmitted);

public sealed record SavedCardCharge(bool Succeeded, string? PaymentReference, string? FailureMessage);
