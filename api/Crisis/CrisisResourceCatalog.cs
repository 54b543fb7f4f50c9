using Counseling.Api.Contracts;
using Microsoft.Extensions.Options;

namespace Counseling.Api.Crisis;

/// <summary>
/// Crisis lines per country. The built-in lists cover the countries below and a list for anywhere else; the
/// "CrisisResources" configuration section adds countries or replaces a list (key: ISO 3166 code, or "default").
/// </summary>
public sealed class CrisisResourceCatalog(IOptions<CrisisResourceOptions> options)
{
    public const string Default = "default";

    private const string Headline = "If you might act on thoughts of harming yourself, reach out now. You do not have to wait for your session.";

    private static readonly CrisisResource Lifeline988 = new("988 Suicide & Crisis Lifeline", "Call or text 988", "tel:988",
        "Free, confidential, 24 hours a day. Press 1 for the Veterans Crisis Line, 2 for Spanish.");

    private static readonly IReadOnlyDictionary<string, CrisisResources> BuiltIn = new Dictionary<string, CrisisResources>(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] = new("US", Headline,
        [
            new("Emergency services", "Call 911", "tel:911", "If you or someone else is in immediate danger."),
            Lifeline988,
            new("988 Lifeline chat", "Chat online", "https://988lifeline.org/chat/", "The same counselors, by chat in your browser."),
            new("Crisis Text Line", "Text HOME to 741741", "sms:741741?&body=HOME", "A trained volunteer texts with you, any time."),
        ]),
        ["CA"] = new("CA", Headline,
        [
            new("Emergency services", "Call 911", "tel:911", "If you or someone else is in immediate danger."),
            new("9-8-8 Suicide Crisis Helpline", "Call or text 988", "tel:988", "Free, in English and French, 24 hours a day."),
        ]),
        ["GB"] = new("GB", Headline,
        [
            new("Emergency services", "Call 999", "tel:999", "If you or someone else is in immediate danger."),
            new("Samaritans", "Call 116 123", "tel:116123", "Free, any time, from any phone."),
            new("Shout", "Text SHOUT to 85258", "sms:85258?&body=SHOUT", "A trained volunteer texts with you, any time."),
        ]),
        [Default] = new(Default, Headline,
        [
            new("Emergency services", "Call your local emergency number", "tel:112", "112 works from mobile phones in most countries; 911 in North America."),
            new("Find A Helpline", "findahelpline.com", "https://findahelpline.com/", "Free, confidential helplines in your country, by phone, text or chat."),
            Lifeline988 with { Description = "In the United States: free, confidential, 24 hours a day." },
        ]),
    };

    /// <summary>The list for a country, or the list for anywhere else.</summary>
    public CrisisResources For(string? country)
    {
        var code = string.IsNullOrWhiteSpace(country) || country.Trim().Equals(Default, StringComparison.OrdinalIgnoreCase) ? Default : country.Trim().ToUpperInvariant();
        return Configured(code) ?? BuiltIn.GetValueOrDefault(code) ?? Configured(Default) ?? BuiltIn[Default];
    }

    public IEnumerable<string> Countries => BuiltIn.Keys.Concat(options.Value.Countries.Keys).Where(k => k != Default).Select(k => k.ToUpperInvariant()).Distinct().Order();

    private CrisisResources? Configured(string code) =>
        options.Value.Countries.FirstOrDefault(p => string.Equals(p.Key, code, StringComparison.OrdinalIgnoreCase)) is { Value.Resources.Length: > 0 } configured
            ? new CrisisResources(code == Default ? Default : code.ToUpperInvariant(), configured.Value.Headline ?? Headline, configured.Value.Resources)
            : null;
}

public sealed class CrisisResourceOptions
{
    public const string Section = "CrisisResources";

    public Dictionary<string, CountryResources> Countries { get; set; } = [];
}

public sealed class CountryResources
{
    public string? Headline { get; set; }

    public CrisisResource[] Resources { get; set; } = [];
}
