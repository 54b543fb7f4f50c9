namespace Counseling.GrainInterfaces.Shared;

/// <summary>
/// How many decimals each currency's minor unit has (ISO 4217). One table, so that formatting and conversion never
/// assume cents.
/// </summary>
public static class Currencies
{
    private static readonly Dictionary<string, int> ExceptionalDigits = new(StringComparer.OrdinalIgnoreCase)
    {
        // No minor unit.
        ["BIF"] = 0, ["CLP"] = 0, ["DJF"] = 0, ["GNF"] = 0, ["ISK"] = 0, ["JPY"] = 0, ["KMF"] = 0, ["KRW"] = 0,
        ["PYG"] = 0, ["RWF"] = 0, ["UGX"] = 0, ["UYI"] = 0, ["VND"] = 0, ["VUV"] = 0, ["XAF"] = 0, ["XOF"] = 0, ["XPF"] = 0,

        // Thousandths.
        ["BHD"] = 3, ["IQD"] = 3, ["JOD"] = 3, ["KWD"] = 3, ["LYD"] = 3, ["OMR"] = 3, ["TND"] = 3,
    };

    /// <summary>The decimals of the currency's minor unit: 2 unless the table says otherwise.</summary>
    public static int MinorDigits(string currency) => ExceptionalDigits.TryGetValue(currency, out var digits) ? digits : 2;

    public static decimal MinorUnitsPerMajor(string currency) => MinorDigits(currency) switch
    {
        0 => 1m,
        3 => 1000m,
        _ => 100m,
    };
}
