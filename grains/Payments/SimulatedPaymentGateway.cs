using Counseling.GrainInterfaces.Shared;

namespace Counseling.Grains.Payments;

/// <summary>
/// For running without a provider account: the "payment page" is the platform's own page, clearly labelled as a
/// simulation, and refunds have nothing to call. The ledger is written exactly as with a real provider.
/// </summary>
public sealed class SimulatedPaymentGateway : IPaymentGateway
{
    public string Method => "simulated";

    public Task<CheckoutPage> CreateCheckoutAsync(CheckoutRequest request, string idempotencyKey) =>
        Task.FromResult(request.Kind == CheckoutOrderKind.Appointment
            ? new CheckoutPage($"sim_{request.OrderId:N}", $"/#/pay/{request.OrderId}")
            : new CheckoutPage($"sim_{request.OrderId:N}", $"/#/pay/purchase/{request.OrderId}"));

    public Task RefundAsync(string paymentReference, Money amount, string idempotencyKey, IReadOnlyDictionary<string, string> metadata) =>
        Task.CompletedTask;

    public Task TransferAsync(string? destinationAccount, Money amount, string transferGroup, string idempotencyKey) =>
        Task.CompletedTask;

    /// <summary>A simulated account is ready at once: there is nobody to verify and no bank to pay into.</summary>
    public Task<string> CreateConnectedAccountAsync(Guid counselorId, string email, string idempotencyKey) =>
        Task.FromResult($"acct_sim{counselorId:N}"[..24]);

    public Task<string> CreateOnboardingLinkAsync(string accountId, string returnUrl, string refreshUrl, string idempotencyKey) =>
        Task.FromResult(returnUrl);

    public Task<ConnectedAccountStatus> GetConnectedAccountAsync(string accountId) =>
        Task.FromResult(new ConnectedAccountStatus(true, true));

    /// <summary>A simulated card never declines; the renewal reference is derived from the key, so a retry finds the same one.</summary>
    public Task<SavedCardCharge> ChargeSavedCardAsync(string originalPaymentReference, Money amount, string description, IReadOnlyDictionary<string, string> metadata, string idempotencyKey) =>
        Task.FromResult(new SavedCardCharge(true, $"sim_{idempotencyKey.Replace(':', '_')}", null));
}
