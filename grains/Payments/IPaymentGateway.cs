using Counseling.GrainInterfaces.Counselors;

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

public sealed record CheckoutPage(string Id, string Url);

public sealed record ConnectedAccountStatus(bool PayoutsEnabled, bool DetailsSubmitted);

public sealed record SavedCardCharge(bool Succeeded, string? PaymentReference, string? FailureMessage);
