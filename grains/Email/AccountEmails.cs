using Counseling.GrainInterfaces.Accounts;

namespace Counseling.Grains.Email;

/// <summary>Emails about the account itself, which never appear in the inbox: they carry a secret link. Pure.</summary>
public static class AccountEmails
{
    public const string PasswordResetKind = "password-reset";

    /// <summary>The reset link, keyed by the token's hash so a retried request queues it once.</summary>
    public static OutboxEmail PasswordReset(UserProfile recipient, Uri publicBaseUrl, string token, string tokenHash, DateTimeOffset expiresAt, DateTimeOffset now)
    {
        var zone = EmailText.ZoneOf(recipient.TimeZone);
        var body = $"Someone asked to reset the password of your Counseling account. The link below works once, until {EmailText.Time(expiresAt, zone, recipient.Clock)}. "
            + "If it was not you, ignore this email: your password stays as it is.";
        var link = new Uri(publicBaseUrl, $"/#/reset-password?token={Uri.EscapeDataString(token)}");
        var (text, html) = EmailLayout.Render(recipient, body, "Choose a new password", link, zone);
        return new OutboxEmail(Guid.NewGuid(), $"{PasswordResetKind}:{tokenHash}", PasswordResetKind, recipient.Email, "Reset your password", text, html, now);
    }
}
