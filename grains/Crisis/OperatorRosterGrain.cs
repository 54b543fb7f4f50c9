using Counseling.GrainInterfaces.Crisis;

namespace Counseling.Grains.Crisis;

[GrainType("operator-roster")]
public sealed class OperatorRosterGrain(
    [PersistentState("operator-roster", StorageNames.Main)] IPersistentState<OperatorRosterState> state) : Grain, IOperatorRosterGrain
{
    public async Task EnlistAsync(Guid operatorId)
    {
        if (state.State.Operators.Add(operatorId))
        {
            await state.WriteOrDeactivateAsync(this);
        }
    }

    public async Task SetOnCallAsync(Guid operatorId, bool onCall)
    {
        var changed = state.State.Operators.Add(operatorId) | (onCall ? state.State.OnCall.Add(operatorId) : state.State.OnCall.Remove(operatorId));
        if (changed)
        {
            await state.WriteOrDeactivateAsync(this);
        }
    }

    public Task<OperatorRoster> GetAsync() =>
        Task.FromResult(new OperatorRoster([.. state.State.Operators.Order()], [.. state.State.OnCall.Order()]));
}
