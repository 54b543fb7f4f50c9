using Counseling.GrainInterfaces.Counselors;

namespace Counseling.Grains.Payments;

/// <summary>
/// For running without a provider account: the "payment page" is the platform's own page, clearly labelled as a
/// simulation, and refunds have nothing to call. The ledger is written exactly as with a real provider.
/// </summary>
public sealed class SimulatedPaymentGateway : IPaymentGateway
{
    public string Method => "simulated";

    public Task<CheckoutPage> CreateCheckoutAsync(CheckoutRequest request, string idempotencyKey) =>
        Task.FromResult(new CheckoutPage($"sim_{request.AppointmentId:N}", $"/#/pay/{request.AppointmentId}"));

    public Task RefundAsync(string paymentReference, Money amount, string idempotencyKey, IReadOnlyDictionary<string, string> metadata) =>
        Task.CompletedTask;

    public Task TransferAsync(string? destinationAccount, Money amount, string transferGroup, string idempotencyKey) =>
        Task.CompletedTask;
}
