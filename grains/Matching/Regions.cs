namespace Counseling.Grains.Matching;

/// <summary>
/// The states of the United States (and the District of Columbia) and the provinces and territories of Canada: the
/// jurisdictions counselors there are licensed by, by code and by name. The two lists share no code.
/// </summary>
public static class Regions
{
    public sealed record Region(string Country, string Code, string Name);

    private static readonly Region[] UnitedStates = Build(Countries.UnitedStates,
        "AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|CT Connecticut|DE Delaware|" +
        "DC District of Columbia|FL Florida|GA Georgia|HI Hawaii|ID Idaho|IL Illinois|IN Indiana|IA Iowa|KS Kansas|" +
        "KY Kentucky|LA Louisiana|ME Maine|MD Maryland|MA Massachusetts|MI Michigan|MN Minnesota|MS Mississippi|" +
        "MO Missouri|MT Montana|NE Nebraska|NV Nevada|NH New Hampshire|NJ New Jersey|NM New Mexico|NY New York|" +
        "NC North Carolina|ND North Dakota|OH Ohio|OK Oklahoma|OR Oregon|PA Pennsylvania|RI Rhode Island|" +
        "SC South Carolina|SD South Dakota|TN Tennessee|TX Texas|UT Utah|VT Vermont|VA Virginia|WA Washington|" +
        "WV West Virginia|WI Wisconsin|WY Wyoming");

    private static readonly Region[] Canada = Build(Countries.Canada,
        "AB Alberta|BC British Columbia|MB Manitoba|NB New Brunswick|NL Newfoundland and Labrador|NS Nova Scotia|" +
        "NT Northwest Territories|NU Nunavut|ON Ontario|PE Prince Edward Island|QC Quebec|SK Saskatchewan|YT Yukon");

    /// <summary>Other names people write for a region, normalised.</summary>
    private static readonly (string Country, string Code, string Alias)[] Aliases =
    [
        (Countries.UnitedStates, "DC", "WASHINGTONDC"),
        (Countries.Canada, "NL", "NEWFOUNDLAND"),
        (Countries.Canada, "PE", "PEI"),
        (Countries.Canada, "YT", "YUKONTERRITORY"),
        (Countries.Canada, "NT", "NWT"),
    ];

    public static IReadOnlyList<Region> All { get; } = [.. UnitedStates, .. Canada];

    private static readonly Dictionary<string, Region> ByWord = BuildIndex();

    /// <summary>Whether the country's regions are listed here (their clients give a state or province from the list).</summary>
    public static bool AreListed(string country) => country is Countries.UnitedStates or Countries.Canada;

    /// <summary>The region a normalised code or name stands for ("NY", "NEWYORK", "QUEBEC"), in any listed country.</summary>
    public static Region? Find(string normalized) => ByWord.GetValueOrDefault(normalized);

    /// <summary>The region of <paramref name="country"/> a normalised code or name stands for, or null.</summary>
    public static Region? Find(string country, string normalized) =>
        Find(normalized) is { } region && region.Country == country ? region : null;

    private static Region[] Build(string country, string table) =>
        [.. table.Split('|').Select(entry => new Region(country, entry[..2], entry[3..]))];

    private static Dictionary<string, Region> BuildIndex()
    {
        var index = new Dictionary<string, Region>(StringComparer.Ordinal);
        foreach (var region in All)
        {
            index[region.Code] = region;
            index[Jurisdictions.Normalize(region.Name)] = region;
        }

        foreach (var (country, code, alias) in Aliases)
        {
            index[alias] = All.Single(r => r.Country == country && r.Code == code);
        }

        return index;
    }
}
