using System.Globalization;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Matching;
using Counseling.GrainInterfaces.Shared;

namespace Counseling.Grains.Matching;

/// <summary>The sentences that say why a counselor is suggested: "Licensed in New York", "Speaks Spanish", ….</summary>
public static class MatchReasons
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["USD"] = "$",
        ["CAD"] = "CA$",
        ["AUD"] = "A$",
        ["NZD"] = "NZ$",
        ["EUR"] = "€",
        ["GBP"] = "£",
        ["JPY"] = "¥",
        ["INR"] = "₹",
    };

    public static string Licensed(string jurisdiction) => $"Licensed in {Jurisdictions.Describe(jurisdiction)}";

    /// <summary>"Works with anxiety and sleep", in the order the client listed them.</summary>
    public static string Concerns(IEnumerable<string> codes) =>
        "Works with " + List(codes.Select(c => InSentence(Specialties.All.GetValueOrDefault(c, c))));

    public static string Speaks(IEnumerable<string> languages) => "Speaks " + List(languages.Select(Languages.NameOf));

    public static string Offers(SessionModality modality) => modality == SessionModality.Video ? "Offers video sessions" : "Offers text chat sessions";

    public static string Price(Money price) => $"{PriceText(price)} a session, within your budget";

    /// <summary>"Free Tuesday evenings and Saturday mornings" (at most three).</summary>
    public static string Free(IEnumerable<(DayOfWeek Day, DayPart Part)> windows) =>
        "Free " + List(windows.Take(3).Select(w => $"{w.Day} {w.Part.ToString().ToLowerInvariant()}s"));

    /// <summary>"$90", "$89.50", "€70", "1,200 CHF": whole amounts without decimals.</summary>
    public static string PriceText(Money price)
    {
        var major = price.ToMajor();
        var digits = major == decimal.Truncate(major) ? 0 : Currencies.MinorDigits(price.Currency);
        var number = major.ToString("N" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return Symbols.TryGetValue(price.Currency, out var symbol) ? symbol + number : $"{number} {price.Currency}";
    }

    /// <summary>"a", "a and b", "a, b and c".</summary>
    private static string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        return all.Count <= 1 ? string.Concat(all) : $"{string.Join(", ", all[..^1])} and {all[^1]}";
    }

    /// <summary>A label inside a sentence: "Anxiety" becomes "anxiety"; "LGBTQ+ identity" stays as it is.</summary>
    private static string InSentence(string label) =>
        label.Length > 1 && char.IsUpper(label[0]) && !char.IsUpper(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;
}
