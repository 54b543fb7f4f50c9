using Counseling.GrainInterfaces.Accounts;
using Counseling.GrainInterfaces.Crisis;
using Counseling.GrainInterfaces.Shared;
using Counseling.Grains.Counselors;

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
                await EnlistOperatorAsync(profile);
                return;
            }

            throw new InvalidOperationException("This user already has a profile.");
        }

        state.State.Profile = profile;
        await state.WriteStateAsync();
        await EnlistOperatorAsync(profile);
    }

    /// <summary>Every operator is on the roster that crisis alerts escalate to.</summary>
    private Task EnlistOperatorAsync(UserProfile profile) =>
        profile.Role == UserRole.Operator ? GrainFactory.GetGrain<IOperatorRosterGrain>(0).EnlistAsync(profile.UserId) : Task.CompletedTask;

    public Task<UserProfile?> GetProfileAsync() => Task.FromResult(state.State.Profile);

    public async Task<Result<UserProfile>> SetDisplayPreferencesAsync(string? timeZone, ClockStyle clock)
    {
        if (state.State.Profile is not { } profile)
        {
            return DomainError.NotFound("This account no longer exists.");
        }

        timeZone = string.IsNullOrWhiteSpace(timeZone) ? null : timeZone.Trim();
        if (timeZone is not null && !SlotCalculator.IsKnownTimeZone(timeZone))
        {
            return DomainError.Invalid("timeZone", "Choose a time zone from the list, such as America/New_York.");
        }

        if (!Enum.IsDefined(clock))
        {
            return DomainError.Invalid("clock", "Choose automatic, 12-hour or 24-hour.");
        }

        var changed = profile with { TimeZone = timeZone, Clock = clock };
        if (changed != profile)
        {
            state.State.Profile = changed;
            await state.WriteStateAsync();
        }

        return changed;
    }
}
