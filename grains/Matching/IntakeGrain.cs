using Counseling.GrainInterfaces.Matching;
using Counseling.GrainInterfaces.Shared;

namespace Counseling.Grains.Matching;

[GrainType("intake")]
public sealed class IntakeGrain(
    [PersistentState("intake", StorageNames.Main)] IPersistentState<IntakeState> state,
    TimeProvider clock) : Grain, IIntakeGrain
{
    public Task<SavedIntake?> GetAsync() =>
        Task.FromResult(state.State.Intake is { } intake ? new SavedIntake(intake, state.State.SavedAt) : null);

    public async Task<Result<SavedIntake>> SaveAsync(ClientIntake intake)
    {
        var checkedIntake = IntakeRules.Check(intake);
        if (checkedIntake.Error is { } refused)
        {
            return refused;
        }

        state.State.Intake = checkedIntake.Value;
        state.State.SavedAt = clock.GetUtcNow();
        await state.WriteOrDeactivateAsync(this);
        return new SavedIntake(state.State.Intake!, state.State.SavedAt);
    }
}
