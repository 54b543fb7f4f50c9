namespace Counseling.GrainInterfaces.Accounts;

/// <summary>
/// One account's secrets (password hash, lockout, refresh tokens), keyed by user id. Only the api's
/// authentication service calls it; no other grain and no user-facing feature reads it, which keeps
/// credential material out of every grain that other users can reach.
/// </summary>
[Alias("Counseling.ICredentialGrain")]
public interface ICredentialGrain : IGrainWithGuidKey
{
    /// <summary>Sets the password hash (at registration or on a transparent rehash).</summary>
    Task SetPasswordHashAsync(string passwordHash);

    /// <summary>Hands out the hash for a check, or the lockout end when the account is locked.</summary>
    Task<PasswordCheckTicket> BeginPasswordCheckAsync();

    /// <summary>Records the outcome of a password check; repeated failures lock the account for a while.</summary>
    Task RecordPasswordCheckAsync(bool succeeded);

    /// <summary>Starts a new refresh-token family (one per sign-in) and returns its id.</summary>
    Task<Guid> StoreRefreshTokenAsync(RefreshTokenIssue token);

    /// <summary>The sign-in a (current) refresh token belongs to, or null.</summary>
    Task<Guid?> SignInOfAsync(string tokenHash);

    /// <summary>Every sign-in that can still be used, most recently used first.</summary>
    Task<SignIn[]> ListSignInsAsync();

    /// <summary>Ends one sign-in: its refresh tokens stop working. False when there is no such sign-in.</summary>
    Task<bool> RevokeSignInAsync(Guid signInId);

    /// <summary>
    /// Spends a refresh token and stores its successor in the same family. Presenting a token that was
    /// already spent revokes its family: a stolen token is useless once either party uses it twice.
    /// </summary>
    Task<RefreshRotation> RotateRefreshTokenAsync(string presentedTokenHash, RefreshTokenIssue successor);

    /// <summary>Revokes the family the token belongs to (sign-out). Idempotent.</summary>
    Task RevokeRefreshTokenAsync(string presentedTokenHash);

    /// <summary>A new password chosen by the person: ends every sign-in (the api then signs this device in again).</summary>
    Task ReplacePasswordAsync(string newPasswordHash);

    /// <summary>
    /// Keeps the hash of a new password-reset token, working for <paramref name="lifetime"/> by this grain's clock;
    /// it replaces any earlier one, which stops working. Returns when it expires.
    /// </summary>
    Task<DateTimeOffset> StartPasswordResetAsync(string tokenHash, TimeSpan lifetime);

    /// <summary>
    /// With the current, unexpired reset token: sets the new password hash, ends every sign-in and any lockout, and
    /// spends the token. False (and nothing changed) for any other token.
    /// </summary>
    Task<bool> ResetPasswordAsync(string tokenHash, string newPasswordHash);
}
