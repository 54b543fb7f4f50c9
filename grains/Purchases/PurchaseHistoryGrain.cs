using Counseling.GrainInterfaces.Purchases;

namespace Counseling.Grains.Purchases;

[GrainType("purchase-history")]
public sealed class PurchaseHistoryGrain(
    [PersistentState("purchase-history", StorageNames.Main)] IPersistentState<PurchaseHistoryState> state) : Grain, IPurchaseHistoryGrain
{
    public async Task AddAsync(Guid purchaseId)
    {
        if (!state.State.Purchases.Contains(purchaseId))
        {
            state.State.Purchases.Insert(0, purchaseId);
            await state.WriteStateAsync();
        }
    }

    public Task<Guid[]> GetAsync() => Task.FromResult(state.State.Purchases.ToArray());
}
