using System.Globalization;

namespace Counseling.Grains.Matching;

/// <summary>
/// ISO 3166-1 alpha-2 country codes (the officially assigned ones), and their English names for people to read.
/// The list is written out rather than read from the operating system's locale data, which varies by machine.
/// </summary>
public static class Countries
{
    public const string UnitedStates = "US";
    public const string Canada = "CA";

    private const string Assigned =
        "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
        "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO " +
        "FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE " +
        "JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO " +
        "MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW " +
        "PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM " +
        "TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

    /// <summary>Every assigned code, in alphabetical order.</summary>
    public static IReadOnlyList<string> Codes { get; } = Assigned.Split(' ');

    private static readonly HashSet<string> Known = new(Codes, StringComparer.OrdinalIgnoreCase);

    /// <summary>Names people write for a country that are not its English name.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["USA"] = UnitedStates,
        ["UNITEDSTATESOFAMERICA"] = UnitedStates,
        ["UK"] = "GB",
        ["GREATBRITAIN"] = "GB",
    };

    private static readonly Lazy<Dictionary<string, string>> ByName = new(() =>
    {
        var names = new Dictionary<string, string>(Aliases, StringComparer.Ordinal);
        foreach (var code in Codes)
        {
            names.TryAdd(Jurisdictions.Normalize(NameOf(code)), code);
        }

        return names;
    });

    public static bool IsKnown(string? code) => code is { Length: 2 } && Known.Contains(code);

    /// <summary>"Germany" for "DE"; the code itself when the platform's locale data cannot name it.</summary>
    public static string NameOf(string code)
    {
        try
        {
            return new RegionInfo(code).EnglishName;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }

    /// <summary>The code of a country written by its English name ("Germany", "united kingdom"), normalised as <see cref="Jurisdictions.Normalize"/> does.</summary>
    public static string? FindByName(string normalized) => ByName.Value.GetValueOrDefault(normalized);
}
