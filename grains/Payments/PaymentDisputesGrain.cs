using Counseling.GrainInterfaces.Payments;

namespace Counseling.Grains.Payments;

[GrainType("payment-disputes")]
public sealed class PaymentDisputesGrain(
    [PersistentState("payment-disputes", StorageNames.Main)] IPersistentState<PaymentDisputesState> state) : Grain, IPaymentDisputesGrain
{
    public async Task RecordAsync(PaymentDispute dispute)
    {
        var index = state.State.Disputes.FindIndex(d => d.DisputeId == dispute.DisputeId);
        if (index < 0)
        {
            state.State.Disputes.Insert(0, dispute);
        }
        else if (state.State.Disputes[index].UpdatedAt <= dispute.UpdatedAt)
        {
            // Events arrive in any order; the newest provider status wins, an operator's review stays.
            var known = state.State.Disputes[index];
            state.State.Disputes[index] = dispute with { ReviewedBy = known.ReviewedBy, ReviewNote = known.ReviewNote, OrderId = dispute.OrderId ?? known.OrderId };
        }

        await state.WriteStateAsync();
    }

    public Task<PaymentDispute[]> GetAsync() => Task.FromResult(state.State.Disputes.ToArray());

    public async Task<bool> ReviewAsync(string disputeId, Guid operatorId, string note)
    {
        var index = state.State.Disputes.FindIndex(d => d.DisputeId == disputeId);
        if (index < 0)
        {
            return false;
        }

        state.State.Disputes[index] = state.State.Disputes[index] with { ReviewedBy = operatorId, ReviewNote = note };
        await state.WriteStateAsync();
        return true;
    }
}
