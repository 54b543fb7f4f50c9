using System.Net;
using Counseling.GrainInterfaces.Accounts;

namespace Counseling.Grains.Email;

/// <summary>The frame every email shares: a greeting, the message, one button, the zone its times are in, and a crisis line. Pure.</summary>
public static class EmailLayout
{
    private const string Crisis = "In crisis or thinking about harming yourself? In the US call or text 988; elsewhere, your local emergency number.";

    /// <summary>The text and HTML parts; everything a person or the platform wrote is HTML-encoded.</summary>
    public static (string Text, string Html) Render(UserProfile recipient, string body, string label, Uri link, TimeZoneInfo zone)
    {
        var name = EmailText.SingleLine(recipient.DisplayName);
        var footer = $"Times are in {zone.Id}. You get this email because you have an account on Counseling.";
        var text = $"Hello {name},\n\n{body}\n\n{label}: {link}\n\n{footer}\n{Crisis}\n";
        var html = $"""
            <!doctype html>
            <html><body style="font-family: system-ui, sans-serif; color: #1d2430; line-height: 1.5">
            <p>Hello {Encode(name)},</p>
            <p>{Encode(body)}</p>
            <p><a href="{Encode(link.ToString())}" style="background: #2f6f5e; color: #fff; padding: 10px 14px; border-radius: 8px; text-decoration: none">{Encode(label)}</a></p>
            <p style="color: #5b6473; font-size: 13px">{Encode(footer)}<br>{Encode(Crisis)}</p>
            </body></html>
            """;
        return (text, html);
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
