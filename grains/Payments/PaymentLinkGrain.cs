using Counseling.GrainInterfaces.Payments;

namespace Counseling.Grains.Payments;

[GrainType("payment-link")]
public sealed class PaymentLinkGrain(
    [PersistentState("payment-link", StorageNames.Main)] IPersistentState<PaymentLinkState> state) : Grain, IPaymentLinkGrain
{
    public async Task LinkAsync(Guid orderId)
    {
        if (state.State.OrderId is not null)
        {
            return; // a payment pays for one thing; a replayed or later event does not move it
        }

        state.State.OrderId = orderId;
        await state.WriteStateAsync();
    }

    public Task<Guid?> GetOrderAsync() => Task.FromResult(state.State.OrderId);
}
