using Microsoft.Extensions.Logging;

namespace Counseling.Grains.Email;

/// <summary>With no SMTP server configured, an email is written to the log (recipient, subject, text) instead of sent.</summary>
public sealed class LoggedEmailTransport(ILogger<LoggedEmailTransport> logger) : IEmailTransport
{
    public async Task SendAsync(IReadOnlyList<OutboxEmail> emails, Func<OutboxEmail, Task> sent, CancellationToken cancellationToken)
    {
        foreach (var email in emails)
        {
            logger.LogInformation("Email (only logged: no SMTP server configured) to {Recipient}: {Subject}\n{Body}", email.Recipient, email.Subject, email.TextBody);
            await sent(email);
        }
    }
}
