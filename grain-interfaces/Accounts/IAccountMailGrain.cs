namespace Counseling.GrainInterfaces.Accounts;

/// <summary>
/// Queues the emails about an account itself (a password-reset link), which must not appear in the inbox. A stateless
/// worker (key 0) on the silos, where the email outbox is.
/// </summary>
[Alias("Counseling.IAccountMailGrain")]
public interface IAccountMailGrain : IGrainWithIntegerKey
{
    /// <summary>Queues the reset link for the account; nothing for an account that does not exist. Idempotent per token.</summary>
    Task SendPasswordResetAsync(Guid userId, string token, string tokenHash, DateTimeOffset expiresAt);
}
