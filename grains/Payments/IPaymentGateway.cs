using Counseling.GrainInterfaces.Counselors;

namespace Counseling.Grains.Payments;

/// <summary>The payment provider as the grains use it. Every write carries an idempotency key.</summary>
public interface IPaymentGateway
{
    /// <summary>"stripe" or "simulated": the method recorded on receipts.</summary>
    string Method { get; }

    /// <summary>A hosted payment page for an appointment; the same key returns the same page.</summary>
    Task<CheckoutPage> CreateCheckoutAsync(CheckoutRequest request, string idempotencyKey);

    /// <summary>Returns money for a payment (its provider reference); the same key refunds once.</summary>
    Task RefundAsync(string paymentReference, Money amount, string idempotencyKey, IReadOnlyDictionary<string, string> metadata);

    /// <summary>Pays a counselor's connected account (separate charges and transfers); the same key transfers once.</summary>
    Task TransferAsync(string? destinationAccount, Money amount, string transferGroup, string idempotencyKey);
}

public sealed record CheckoutRequest(Guid AppointmentId, Guid ClientId, Money Amount, string Description, string SuccessUrl, string CancelUrl, DateTimeOffset ExpiresAt);

public sealed record CheckoutPage(string Id, string Url);
