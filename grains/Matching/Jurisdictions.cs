using System.Text;

namespace Counseling.Grains.Matching;

/// <summary>
/// Whether a counselor's license covers where a client lives. Counselors write their issuing jurisdiction as free
/// text ("NY", "New York", "US-NY", "Germany", "Berlin"); clients give a country code and, optionally, a region. A
/// jurisdiction is read, after <see cref="Normalize"/>, as the first of these that fits:
/// <list type="number">
/// <item>"CC-REGION" (ISO 3166-2 style) with a known country code: that country and that region;</item>
/// <item>the code or name of a US state or Canadian province: that region. A code that is also a country's ("CA"
/// California or Canada, "DE" Delaware or Germany) is read as the state or province, because licensing there is what
/// the platform's counselors mostly mean, and a license read too widely would match people the counselor may not
/// treat;</item>
/// <item>a country code or English country name: the whole country;</item>
/// <item>anything else: a region named the way the client named theirs ("Berlin").</item>
/// </list>
/// </summary>
public static class Jurisdictions
{
    /// <summary>Upper case, without accents, spaces or punctuation other than '-': "Québec" and "que bec" read alike.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var kept = new StringBuilder(text.Length);
        string decomposed;
        try
        {
            decomposed = text.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            decomposed = text; // not valid UTF-16 (a lone surrogate): compared as it is
        }

        foreach (var c in decomposed)
        {
            // Accents become marks of their own in FormD, and marks are neither letters nor digits: they drop out.
            if (c == '-' || char.IsLetterOrDigit(c))
            {
                kept.Append(char.ToUpperInvariant(c));
            }
        }

        return kept.ToString().Trim('-');
    }

    /// <summary>Whether a license issued in <paramref name="jurisdiction"/> covers a client in <paramref name="country"/> and <paramref name="region"/>.</summary>
    public static bool Covers(string? jurisdiction, string country, string? region)
    {
        var where = Read(jurisdiction);
        if (where is null || !string.Equals(where.Value.Country ?? country, country, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return where.Value.Region is not { } licensed || (region is not null && SameRegion(country, licensed, region));
    }

    /// <summary>The jurisdiction as a person reads it: "New York" for "NY" or "US-NY", "Germany" for "DE"; else as written.</summary>
    public static string Describe(string jurisdiction)
    {
        var where = Read(jurisdiction);
        if (where is { Country: { } country, Region: { } region } && Regions.Find(country, Normalize(region)) is { } known)
        {
            return known.Name;
        }

        return where is { Country: { } whole, Region: null } ? Countries.NameOf(whole) : jurisdiction.Trim();
    }

    /// <summary>
    /// A client's region as it is kept: the code of a US state or Canadian province (null when it is not one of
    /// the country's), otherwise the text as written, trimmed.
    /// </summary>
    public static string? CanonicalRegion(string country, string region)
    {
        var normalized = Normalize(region);
        if (!Regions.AreListed(country))
        {
            return region.Trim();
        }

        var withoutCountry = normalized.StartsWith(country + "-", StringComparison.Ordinal) ? normalized[3..] : normalized;
        return Regions.Find(country, withoutCountry)?.Code;
    }

    /// <summary>
    /// What a jurisdiction names: a country (region null), a region of a known country, or a region of whatever
    /// country the client is in (country null). Null when it is empty.
    /// </summary>
    private static (string? Country, string? Region)? Read(string? jurisdiction)
    {
        var j = Normalize(jurisdiction);
        if (j.Length == 0)
        {
            return null;
        }

        var dash = j.IndexOf('-', StringComparison.Ordinal);
        if (dash == 2 && Countries.IsKnown(j[..2]) && j.Length > 3)
        {
            return (j[..2], j[3..]);
        }

        if (Regions.Find(j) is { } region)
        {
            return (region.Country, region.Code);
        }

        if (Countries.IsKnown(j))
        {
            return (j, null);
        }

        return Countries.FindByName(j) is { } named ? (named, null) : (null, j);
    }

    private static bool SameRegion(string country, string licensed, string region)
    {
        var client = Normalize(region);
        return Regions.AreListed(country)
            ? Regions.Find(country, licensed) is { } a && Regions.Find(country, client) is { } b && a.Code == b.Code
            : licensed == client;
    }
}
