namespace Counseling.Grains.Email;

/// <summary>How mail leaves the platform, bound from "Email". Without an SMTP host, mail is only logged.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Where links in emails point: the address people open the platform at.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>How often each silo looks for email to send.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The wait before the first retry; it doubles with every failed attempt up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    public bool LogOnly => string.IsNullOrWhiteSpace(Smtp.Host);

    public static bool IsValid(EmailOptions o) =>
        o.PollInterval > TimeSpan.Zero && o.FirstRetryDelay > TimeSpan.Zero && o.MaxRetryDelay >= o.FirstRetryDelay
        && Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out _)
        && (o.LogOnly || (o.Smtp.Port is > 0 and < 65536 && MimeKit.MailboxAddress.TryParse(o.Smtp.From, out _)));
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender, e.g. "Counseling &lt;no-reply@example.org&gt;".</summary>
    public string From { get; set; } = "Counseling <no-reply@localhost>";

    /// <summary>None, StartTls, StartTlsWhenAvailable (the default) or SslOnConnect.</summary>
    public SmtpTls Tls { get; set; } = SmtpTls.StartTlsWhenAvailable;
}

public enum SmtpTls
{
    None,
    StartTls,
    StartTlsWhenAvailable,
    SslOnConnect,
}
