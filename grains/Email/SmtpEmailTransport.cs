using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Counseling.Grains.Email;

/// <summary>
/// SMTP through MailKit: one connection per batch. Each message's Message-Id derives from its outbox id, so a message
/// sent again after a crash between "accepted" and "marked sent" is recognisable as the same one.
/// </summary>
public sealed class SmtpEmailTransport(IOptions<EmailOptions> options) : IEmailTransport
{
    public async Task SendAsync(IReadOnlyList<OutboxEmail> emails, Func<OutboxEmail, Task> sent, CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(smtp.Host ?? throw new InvalidOperationException("Email:Smtp:Host is not set."), smtp.Port, smtp.Tls switch
        {
            SmtpTls.None => SecureSocketOptions.None,
            SmtpTls.StartTls => SecureSocketOptions.StartTls,
            SmtpTls.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTlsWhenAvailable,
        }, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.Username))
        {
            await client.AuthenticateAsync(smtp.Username, smtp.Password ?? "", cancellationToken);
        }

        var from = MailboxAddress.Parse(smtp.From);
        foreach (var email in emails)
        {
            await client.SendAsync(ToMime(email, from), cancellationToken);
            await sent(email);
        }

        await client.DisconnectAsync(true, cancellationToken);
    }

    public static MimeMessage ToMime(OutboxEmail email, MailboxAddress from)
    {
        var message = new MimeMessage
        {
            // MimeKit encodes headers; the subject never carries a line break into them.
            Subject = EmailText.SingleLine(email.Subject),
            MessageId = $"{email.Id:N}@{from.Domain}",
            Date = email.CreatedAt,
            Body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody }.ToMessageBody(),
        };
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(email.Recipient));
        message.Headers.Add("X-Counseling-Kind", email.Kind);
        return message;
    }
}
