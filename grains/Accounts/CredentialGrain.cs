using Counseling.GrainInterfaces.Accounts;

namespace Counseling.Grains.Accounts;

[GrainType("credential")]
public sealed class CredentialGrain(
    [PersistentState("credential", StorageNames.Main)] IPersistentState<CredentialState> state,
    TimeProvider clock) : Grain, ICredentialGrain
{
    /// <summary>Failures in a row that lock the account. Low enough to stop guessing, high enough for typos.</summary>
    public const int FailuresBeforeLockout = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>Sign-ins (devices) remembered at once; the oldest family is dropped beyond this.</summary>
    public const int MaxRefreshFamilies = 20;

    private CredentialState State => state.State;

    public async Task SetPasswordHashAsync(string passwordHash)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        State.PasswordHash = passwordHash;
        await state.WriteStateAsync();
    }

    public Task<PasswordCheckTicket> BeginPasswordCheckAsync()
    {
        if (State.LockedUntil is { } until && until > clock.GetUtcNow())
        {
            return Task.FromResult(new PasswordCheckTicket(null, until));
        }

        return Task.FromResult(new PasswordCheckTicket(State.PasswordHash, null));
    }

    public async Task RecordPasswordCheckAsync(bool succeeded)
    {
        if (succeeded)
        {
            if (State.ConsecutiveFailures == 0 && State.LockedUntil is null)
            {
                return;
            }

            State.ConsecutiveFailures = 0;
            State.LockedUntil = null;
        }
        else
        {
            State.ConsecutiveFailures++;
            if (State.ConsecutiveFailures >= FailuresBeforeLockout)
            {
                State.LockedUntil = clock.GetUtcNow() + LockoutDuration;
                State.ConsecutiveFailures = 0;
            }
        }

        await state.WriteStateAsync();
    }

    public async Task<Guid> StoreRefreshTokenAsync(RefreshTokenIssue token)
    {
        Prune();
        var family = Guid.NewGuid();
        var now = clock.GetUtcNow();
        State.RefreshTokens.Add(new RefreshTokenRecord(token.TokenHash, family, token.ExpiresAt, Spent: false));
        State.SignIns.Add(new SignInRecord(family, token.Device ?? "Unknown device", token.Address, now, now));

        var families = State.RefreshTokens.Select(t => t.FamilyId).Distinct().ToList();
        if (families.Count > MaxRefreshFamilies)
        {
            var dropped = families.Take(families.Count - MaxRefreshFamilies).ToHashSet();
            State.RefreshTokens.RemoveAll(t => dropped.Contains(t.FamilyId));
        }

        ForgetEndedSignIns();
        await state.WriteStateAsync();
        return family;
    }

    public async Task<RefreshRotation> RotateRefreshTokenAsync(string presentedTokenHash, RefreshTokenIssue successor)
    {
        var index = State.RefreshTokens.FindIndex(t => t.TokenHash == presentedTokenHash);
        if (index < 0)
        {
            return RefreshRotation.Invalid;
        }

        var presented = State.RefreshTokens[index];
        if (presented.Spent)
        {
            // Someone replayed a token that was already exchanged: either the user or a thief holds
            // a copy. We cannot tell which, so the whole sign-in is ended.
            State.RefreshTokens.RemoveAll(t => t.FamilyId == presented.FamilyId);
            ForgetEndedSignIns();
            await state.WriteStateAsync();
            return RefreshRotation.ReuseDetected;
        }

        if (presented.ExpiresAt <= clock.GetUtcNow())
        {
            return RefreshRotation.Invalid;
        }

        State.RefreshTokens[index] = presented with { Spent = true };
        State.RefreshTokens.Add(new RefreshTokenRecord(successor.TokenHash, presented.FamilyId, successor.ExpiresAt, Spent: false));
        var signIn = State.SignIns.FindIndex(s => s.FamilyId == presented.FamilyId);
        if (signIn >= 0)
        {
            State.SignIns[signIn] = State.SignIns[signIn] with { LastUsedAt = clock.GetUtcNow(), Address = successor.Address ?? State.SignIns[signIn].Address };
        }
        else
        {
            // A sign-in from before devices were recorded becomes known at its next refresh.
            State.SignIns.Add(new SignInRecord(presented.FamilyId, successor.Device ?? "Unknown device", successor.Address, clock.GetUtcNow(), clock.GetUtcNow()));
        }

        Prune();
        await state.WriteStateAsync();
        return RefreshRotation.Rotated;
    }

    public async Task RevokeRefreshTokenAsync(string presentedTokenHash)
    {
        var presented = State.RefreshTokens.Find(t => t.TokenHash == presentedTokenHash);
        if (presented is null)
        {
            return;
        }

        State.RefreshTokens.RemoveAll(t => t.FamilyId == presented.FamilyId);
        ForgetEndedSignIns();
        await state.WriteStateAsync();
    }

    public Task<Guid?> SignInOfAsync(string tokenHash) =>
        Task.FromResult(State.RefreshTokens.Find(t => t.TokenHash == tokenHash && !t.Spent)?.FamilyId);

    public Task<SignIn[]> ListSignInsAsync()
    {
        var alive = State.RefreshTokens.Where(t => !t.Spent && t.ExpiresAt > clock.GetUtcNow()).Select(t => t.FamilyId).ToHashSet();
        return Task.FromResult(State.SignIns.Where(s => alive.Contains(s.FamilyId)).OrderByDescending(s => s.LastUsedAt).Select(s => s.ToView()).ToArray());
    }

    public async Task<bool> RevokeSignInAsync(Guid signInId)
    {
        if (State.RefreshTokens.RemoveAll(t => t.FamilyId == signInId) == 0)
        {
            return false;
        }

        ForgetEndedSignIns();
        await state.WriteStateAsync();
        return true;
    }

    public async Task ReplacePasswordAsync(string newPasswordHash)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(newPasswordHash);
        State.PasswordHash = newPasswordHash;
        State.RefreshTokens.Clear();
        State.SignIns.Clear();
        State.ResetTokenHash = null; // a reset link asked for before the change must not undo it
        State.ResetExpiresAt = null;
        await state.WriteStateAsync();
    }

    public async Task<DateTimeOffset> StartPasswordResetAsync(string tokenHash, TimeSpan lifetime)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tokenHash);
        State.ResetTokenHash = tokenHash;
        State.ResetExpiresAt = clock.GetUtcNow() + lifetime;
        await state.WriteStateAsync();
        return State.ResetExpiresAt.Value;
    }

    public async Task<bool> ResetPasswordAsync(string tokenHash, string newPasswordHash)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(newPasswordHash);
        if (State.ResetTokenHash is not { } current || State.ResetExpiresAt is not { } expires || expires <= clock.GetUtcNow()
            || !System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(current), System.Text.Encoding.ASCII.GetBytes(tokenHash)))
        {
            return false;
        }

        // Whoever knew the old password (perhaps the reason for the reset) is signed out everywhere.
        State.PasswordHash = newPasswordHash;
        State.RefreshTokens.Clear();
        State.SignIns.Clear();
        State.ConsecutiveFailures = 0;
        State.LockedUntil = null;
        State.ResetTokenHash = null;
        State.ResetExpiresAt = null;
        await state.WriteStateAsync();
        return true;
    }

    /// <summary>A sign-in whose tokens are all gone (revoked, replayed, pruned) is forgotten with them.</summary>
    private void ForgetEndedSignIns()
    {
        var families = State.RefreshTokens.Select(t => t.FamilyId).ToHashSet();
        State.SignIns.RemoveAll(s => !families.Contains(s.FamilyId));
    }

    /// <summary>Drops families whose newest token has expired: they can never be used or replayed usefully.</summary>
    private void Prune()
    {
        var now = clock.GetUtcNow();
        var liveFamilies = State.RefreshTokens
            .Where(t => !t.Spent && t.ExpiresAt > now)
            .Select(t => t.FamilyId)
            .ToHashSet();
        State.RefreshTokens.RemoveAll(t => !liveFamilies.Contains(t.FamilyId));
        ForgetEndedSignIns();
    }
}
