using Counseling.GrainInterfaces.Accounts;

namespace Counseling.Grains.Accounts;

/// <summary>
/// Non-reentrant on purpose: two sign-ups for one address run one after the other here, so the
/// second always sees the first one's claim.
/// </summary>
[GrainType("email-index")]
public sealed class EmailIndexGrain(
    [PersistentState("email", StorageNames.Main)] IPersistentState<EmailIndexState> state,
    TimeProvider clock) : Grain, IEmailIndexGrain
{
    public async Task<RegistrationOutcome> RegisterAsync(NewAccount account)
    {
        if (!string.Equals(account.NormalizedEmail, this.GetPrimaryKeyString(), StringComparison.Ordinal))
        {
            throw new ArgumentException("The account's email does not match this index entry.", nameof(account));
        }

        if (state.State.OwnerId is not null)
        {
            return RegistrationOutcome.EmailTaken;
        }

        var profile = new UserProfile(account.UserId, account.NormalizedEmail, account.DisplayName, account.Role, clock.GetUtcNow());
        await GrainFactory.GetGrain<IUserGrain>(account.UserId).CreateAsync(profile);
        await GrainFactory.GetGrain<ICredentialGrain>(account.UserId).SetPasswordHashAsync(account.PasswordHash);

        // Claimed last: if anything above failed, the address stays free and the half-made
        // account is unreachable (nothing maps to its fresh id).
        state.State.OwnerId = account.UserId;
        await state.WriteStateAsync();
        return new RegistrationOutcome(true, account.UserId);
    }

    public Task<Guid?> GetUserIdAsync() => Task.FromResult(state.State.OwnerId);
}
