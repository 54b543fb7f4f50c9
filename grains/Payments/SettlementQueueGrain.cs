using Counseling.GrainInterfaces.Payments;

namespace Counseling.Grains.Payments;

[GrainType("settlement-queue")]
public sealed class SettlementQueueGrain(
    [PersistentState("settlement-queue", StorageNames.Main)] IPersistentState<SettlementQueueState> state) : Grain, ISettlementQueueGrain
{
    public async Task SetPendingAsync(Guid counselorId, Guid applicationId, bool pending)
    {
        var entry = new PendingSettlement(counselorId, applicationId);
        var changed = pending ? !state.State.Pending.Contains(entry) : state.State.Pending.Remove(entry);
        if (pending && changed)
        {
            state.State.Pending.Add(entry);
        }

        if (changed)
        {
            await state.WriteStateAsync();
        }
    }

    public Task<PendingSettlement[]> PendingAsync() => Task.FromResult(state.State.Pending.ToArray());
}
