using Counseling.Api.Contracts;
using Counseling.GrainInterfaces.Accounts;

namespace Counseling.Api.Auth;

/// <summary>
/// Translates account requests into grain calls. Uniqueness, lockout and refresh-token rotation are decided by
/// the grains; this class hashes passwords and mints tokens, which are api-node work.
/// </summary>
public sealed class AccountService(IClusterClient cluster, TokenService tokens, ILogger<AccountService> logger)
{
    /// <summary>How long a password-reset link works.</summary>
    public static readonly TimeSpan PasswordResetLifetime = TimeSpan.FromMinutes(30);

    public enum ResetStatus { Done, InvalidToken, WeakPassword }

    public enum ChangeStatus { Changed, WrongPassword, Locked, WeakPassword }

    public enum RegisterStatus { Created, EmailTaken, WeakPassword }

    public sealed record RegisterResult(RegisterStatus Status, AuthResponse? Auth = null, string? Weakness = null);

    /// <summary>Creates an account and signs it in. <paramref name="enforcePolicy"/> is off only for configured seed accounts.</summary>
    public async Task<RegisterResult> CreateAccountAsync(string rawEmail, string password, string rawDisplayName, UserRole role, bool enforcePolicy = true, ClientInfo? client = null)
    {
        var email = EmailAddresses.Normalize(rawEmail);
        var displayName = rawDisplayName.Trim();
        if (enforcePolicy && PasswordService.Weakness(password, email, displayName) is { } weakness)
        {
            return new RegisterResult(RegisterStatus.WeakPassword, Weakness: weakness);
        }

        var index = cluster.GetGrain<IEmailIndexGrain>(email);
        if (await index.GetUserIdAsync() is not null)
        {
            // Checked before the slow hash so that a duplicate costs little; the grain re-checks atomically.
            return new RegisterResult(RegisterStatus.EmailTaken);
        }

        var account = new NewAccount(Guid.NewGuid(), email, displayName, role, PasswordService.Hash(password));
        var outcome = await index.RegisterAsync(account);
        if (!outcome.Created)
        {
            return new RegisterResult(RegisterStatus.EmailTaken);
        }

        var profile = await cluster.GetGrain<IUserGrain>(outcome.UserId).GetProfileAsync()
            ?? throw new InvalidOperationException("A registered account has no profile.");
        logger.LogInformation("Registered {Role} account {UserId}", role, outcome.UserId);
        return new RegisterResult(RegisterStatus.Created, await SignInAsync(profile, client));
    }

    /// <summary>Null when the email, the password or the account's lock state does not allow a sign-in.</summary>
    public async Task<AuthResponse?> LoginAsync(LoginRequest request, ClientInfo? client = null)
    {
        var email = EmailAddresses.Normalize(request.Email);
        var userId = await cluster.GetGrain<IEmailIndexGrain>(email).GetUserIdAsync();
        if (userId is null)
        {
            PasswordService.Verify(null, request.Password, out _);
            return null;
        }

        var credentials = cluster.GetGrain<ICredentialGrain>(userId.Value);
        var ticket = await credentials.BeginPasswordCheckAsync();
        if (ticket.LockedUntil is not null)
        {
            PasswordService.Verify(null, request.Password, out _);
            logger.LogWarning("Sign-in refused for locked account {UserId}", userId);
            return null;
        }

        var ok = PasswordService.Verify(ticket.PasswordHash, request.Password, out var rehashed);
        await credentials.RecordPasswordCheckAsync(ok);
        if (!ok)
        {
            logger.LogInformation("Failed sign-in for account {UserId}", userId);
            return null;
        }

        if (rehashed is not null)
        {
            await credentials.SetPasswordHashAsync(rehashed);
        }

        var profile = await cluster.GetGrain<IUserGrain>(userId.Value).GetProfileAsync();
        return profile is null ? null : await SignInAsync(profile, client);
    }

    public async Task<(RefreshRotation Outcome, AuthResponse? Auth)> RefreshAsync(string refreshToken, ClientInfo? client = null)
    {
        if (!TokenService.TryReadRefreshTokenOwner(refreshToken, out var userId))
        {
            return (RefreshRotation.Invalid, null);
        }

        var (nextToken, nextIssue) = tokens.CreateRefreshToken(userId, client);
        var credentials = cluster.GetGrain<ICredentialGrain>(userId);
        var outcome = await credentials.RotateRefreshTokenAsync(TokenService.HashRefreshToken(refreshToken), nextIssue);
        if (outcome != RefreshRotation.Rotated)
        {
            if (outcome == RefreshRotation.ReuseDetected)
            {
                logger.LogWarning("Refresh token reuse for account {UserId}: sign-in revoked", userId);
            }

            return (outcome, null);
        }

        var profile = await cluster.GetGrain<IUserGrain>(userId).GetProfileAsync();
        if (profile is null)
        {
            return (RefreshRotation.Invalid, null);
        }

        var (access, accessExpires) = tokens.CreateAccessToken(profile, await credentials.SignInOfAsync(nextIssue.TokenHash));
        return (outcome, new AuthResponse(access, accessExpires, nextToken, nextIssue.ExpiresAt, ToResponse(profile)));
    }

    public async Task LogoutAsync(string refreshToken)
    {
        if (TokenService.TryReadRefreshTokenOwner(refreshToken, out var userId))
        {
            await cluster.GetGrain<ICredentialGrain>(userId).RevokeRefreshTokenAsync(TokenService.HashRefreshToken(refreshToken));
        }
    }

    /// <summary>
    /// Emails a single-use reset link when an account has this address; does the same work's worth of nothing
    /// otherwise, so neither the answer nor its timing says whether the account exists.
    /// </summary>
    public async Task RequestPasswordResetAsync(string rawEmail)
    {
        var userId = await cluster.GetGrain<IEmailIndexGrain>(EmailAddresses.Normalize(rawEmail)).GetUserIdAsync();
        var (token, hash) = PasswordResetTokens.Create(userId ?? Guid.Empty);
        if (userId is null)
        {
            return;
        }

        var expiresAt = await cluster.GetGrain<ICredentialGrain>(userId.Value).StartPasswordResetAsync(hash, PasswordResetLifetime);
        await cluster.GetGrain<IAccountMailGrain>(0).SendPasswordResetAsync(userId.Value, token, hash, expiresAt);
        logger.LogInformation("Password reset requested for account {UserId}", userId);
    }

    /// <summary>Sets a new password with a reset token; the password is checked before the token is spent.</summary>
    public async Task<(ResetStatus Status, string? Weakness)> ResetPasswordAsync(string token, string password)
    {
        if (!PasswordResetTokens.TryReadOwner(token, out var userId) || await GetProfileAsync(userId) is not { } profile)
        {
            return (ResetStatus.InvalidToken, null);
        }

        if (PasswordService.Weakness(password, profile.Email, profile.DisplayName) is { } weakness)
        {
            return (ResetStatus.WeakPassword, weakness);
        }

        var done = await cluster.GetGrain<ICredentialGrain>(userId).ResetPasswordAsync(PasswordResetTokens.Hash(token), PasswordService.Hash(password));
        if (done)
        {
            logger.LogInformation("Password reset for account {UserId}: every sign-in ended", userId);
        }

        return (done ? ResetStatus.Done : ResetStatus.InvalidToken, null);
    }

    /// <summary>
    /// Changes the password after checking the current one (failures count towards the lockout, as at sign-in), ends
    /// every sign-in, and signs this device in again.
    /// </summary>
    public async Task<(ChangeStatus Status, AuthResponse? Auth, string? Weakness)> ChangePasswordAsync(Guid userId, string current, string next, ClientInfo? client = null)
    {
        if (await GetProfileAsync(userId) is not { } profile)
        {
            return (ChangeStatus.WrongPassword, null, null);
        }

        var credentials = cluster.GetGrain<ICredentialGrain>(userId);
        var ticket = await credentials.BeginPasswordCheckAsync();
        if (ticket.LockedUntil is not null)
        {
            return (ChangeStatus.Locked, null, null);
        }

        var ok = PasswordService.Verify(ticket.PasswordHash, current, out _);
        await credentials.RecordPasswordCheckAsync(ok);
        if (!ok)
        {
            return (ChangeStatus.WrongPassword, null, null);
        }

        if (PasswordService.Weakness(next, profile.Email, profile.DisplayName) is { } weakness)
        {
            return (ChangeStatus.WeakPassword, null, weakness);
        }

        await credentials.ReplacePasswordAsync(PasswordService.Hash(next));
        logger.LogInformation("Password changed for account {UserId}: every other sign-in ended", userId);
        return (ChangeStatus.Changed, await SignInAsync(profile, client), null);
    }

    public Task<UserProfile?> GetProfileAsync(Guid userId) => cluster.GetGrain<IUserGrain>(userId).GetProfileAsync();

    public async Task<UserProfile?> FindByEmailAsync(string email)
    {
        var userId = await cluster.GetGrain<IEmailIndexGrain>(EmailAddresses.Normalize(email)).GetUserIdAsync();
        return userId is null ? null : await GetProfileAsync(userId.Value);
    }

    public static UserResponse ToResponse(UserProfile p) =>
        new(p.UserId, p.Email, p.DisplayName, Roles.ToClaim(p.Role), p.CreatedAt, p.TimeZone, p.Clock);

    private async Task<AuthResponse> SignInAsync(UserProfile profile, ClientInfo? client)
    {
        var (refresh, issue) = tokens.CreateRefreshToken(profile.UserId, client);
        var signIn = await cluster.GetGrain<ICredentialGrain>(profile.UserId).StoreRefreshTokenAsync(issue);
        var (access, accessExpires) = tokens.CreateAccessToken(profile, signIn);
        return new AuthResponse(access, accessExpires, refresh, issue.ExpiresAt, ToResponse(profile));
    }
}
