using Counseling.GrainInterfaces.Accounts;

namespace Counseling.Grains.Accounts;

[GrainType("user")]
public sealed class UserGrain(
    [PersistentState("user", StorageNames.Main)] IPersistentState<UserState> state) : Grain, IUserGrain
{
    public async Task CreateAsync(UserProfile profile)
    {
        if (profile.UserId != this.GetPrimaryKey())
        {
            throw new ArgumentException("The profile belongs to another user id.", nameof(profile));
        }

        if (state.State.Profile is { } existing)
        {
            // A retried registration may create the same profile twice; anything else is a bug upstream.
            if (existing == profile)
            {
                return;
            }

            throw new InvalidOperationException("This user already has a profile.");
        }

        state.State.Profile = profile;
        await state.WriteStateAsync();
    }

    public Task<UserProfile?> GetProfileAsync() => Task.FromResult(state.State.Profile);
}
