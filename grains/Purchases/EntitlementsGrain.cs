using Counseling.GrainInterfaces.Purchases;

namespace Counseling.Grains.Purchases;

[GrainType("entitlements")]
public sealed class EntitlementsGrain(
    [PersistentState("entitlements", StorageNames.Main)] IPersistentState<EntitlementsState> state) : Grain, IEntitlementsGrain
{
    public async Task GrantAsync(Entitlement entitlement)
    {
        if (state.State.Entitlements.Any(e => e.PurchaseId == entitlement.PurchaseId || e.ContentId == entitlement.ContentId))
        {
            return; // a repeated delivery, or content the user already has
        }

        state.State.Entitlements.Insert(0, entitlement);
        await state.WriteStateAsync();
    }

    public Task<Entitlement?> FindAsync(Guid contentId) =>
        Task.FromResult(state.State.Entitlements.FirstOrDefault(e => e.ContentId == contentId));

    public Task<Entitlement[]> ListAsync() => Task.FromResult(state.State.Entitlements.ToArray());
}
