using Counseling.Grains.Matching;

namespace Counseling.UnitTests.Matching;

public sealed class JurisdictionsTests
{
    [Theory]
    [InlineData("NY")]
    [InlineData("ny")]
    [InlineData(" N Y ")]
    [InlineData("New York")]
    [InlineData("new  york")]
    [InlineData("NEWYORK")]
    [InlineData("US-NY")]
    [InlineData("us - ny")]
    [InlineData("US-New York")]
    [InlineData("US")]
    [InlineData("United States")]
    [InlineData("USA")]
    public void AStateLicenseWrittenAnyUsualWayCoversAClientInThatState(string jurisdiction) =>
        Assert.True(Jurisdictions.Covers(jurisdiction, "US", "NY"));

    [Theory]
    [InlineData("NJ")]
    [InlineData("New Jersey")]
    [InlineData("US-NJ")]
    [InlineData("CA")]
    [InlineData("CA-NY")]
    [InlineData("Canada")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void ALicenseFromElsewhereDoesNotCoverAClientInNewYork(string? jurisdiction) =>
        Assert.False(Jurisdictions.Covers(jurisdiction, "US", "NY"));

    [Fact]
    public void AClientWhoGaveNoStateIsCoveredOnlyByALicenseForTheWholeCountry()
    {
        Assert.False(Jurisdictions.Covers("NY", "US", null));
        Assert.True(Jurisdictions.Covers("US", "US", null));
    }

    [Theory]
    [InlineData("ON", true)]
    [InlineData("Ontario", true)]
    [InlineData("CA-ON", true)]
    [InlineData("Canada", true)]
    [InlineData("Québec", false)]
    [InlineData("QC", false)]
    // "CA" is California: a code that names a US state or Canadian province is read as that, never as a country.
    [InlineData("CA", false)]
    public void CanadianProvincesMatchByCodeOrName(string jurisdiction, bool covers) =>
        Assert.Equal(covers, Jurisdictions.Covers(jurisdiction, "CA", "ON"));

    [Fact]
    public void AccentsAndCaseDoNotMatter()
    {
        Assert.True(Jurisdictions.Covers("Québec", "CA", "QC"));
        Assert.True(Jurisdictions.Covers("quebec", "CA", "Québec"));
        Assert.True(Jurisdictions.Covers("Washington, D.C.", "US", "DC"));
    }

    [Fact]
    public void TextThatIsNotValidUnicodeCoversNobody()
    {
        Assert.False(Jurisdictions.Covers("\ud800", "US", "NY"));
        Assert.False(Jurisdictions.Covers("NY", "US", "\ud800"));
    }

    [Fact]
    public void ACaliforniaLicenseCoversCaliforniaButNotCanada()
    {
        Assert.True(Jurisdictions.Covers("CA", "US", "CA"));
        Assert.True(Jurisdictions.Covers("California", "US", "CA"));
        Assert.False(Jurisdictions.Covers("CA", "CA", "ON"));
        Assert.False(Jurisdictions.Covers("CA", "CA", null));
    }

    [Fact]
    public void OutsideNorthAmericaRegionsCompareAsWrittenAndCountriesByCodeOrName()
    {
        Assert.True(Jurisdictions.Covers("Berlin", "DE", "Berlin"));
        Assert.True(Jurisdictions.Covers("berlin", "DE", " BERLIN "));
        Assert.False(Jurisdictions.Covers("Berlin", "DE", "Hamburg"));
        Assert.False(Jurisdictions.Covers("Berlin", "DE", null));
        Assert.True(Jurisdictions.Covers("Germany", "DE", "Hamburg"));
        Assert.True(Jurisdictions.Covers("DE-BE", "DE", "BE"));
        Assert.False(Jurisdictions.Covers("DE-BE", "AT", "BE"));
        Assert.True(Jurisdictions.Covers("GB", "GB", null));
        Assert.True(Jurisdictions.Covers("UK", "GB", "Scotland"));
        Assert.False(Jurisdictions.Covers("Berlin", "US", "NY"));
        // "DE" is Delaware before it is Germany.
        Assert.False(Jurisdictions.Covers("DE", "DE", "Berlin"));
        Assert.True(Jurisdictions.Covers("DE", "US", "DE"));
    }

    [Theory]
    [InlineData("NY", "New York")]
    [InlineData("us-ny", "New York")]
    [InlineData("Ontario", "Ontario")]
    [InlineData("Germany", "Germany")]
    [InlineData("GB", "United Kingdom")]
    [InlineData(" Berlin ", "Berlin")]
    [InlineData("DE-BE", "DE-BE")]
    public void AJurisdictionIsDescribedByItsName(string jurisdiction, string described) =>
        Assert.Equal(described, Jurisdictions.Describe(jurisdiction));

    [Theory]
    [InlineData("US", "new york", "NY")]
    [InlineData("US", "US-NY", "NY")]
    [InlineData("US", "ny", "NY")]
    [InlineData("CA", "Québec", "QC")]
    [InlineData("US", "Ontario", null)]
    [InlineData("US", "Narnia", null)]
    [InlineData("DE", " Berlin ", "Berlin")]
    public void AClientsRegionIsKeptAsItsCodeInTheUsAndCanada(string country, string region, string? kept) =>
        Assert.Equal(kept, Jurisdictions.CanonicalRegion(country, region));

    [Fact]
    public void TheCountryListHasEveryAssignedCodeOnce()
    {
        Assert.Equal(249, Countries.Codes.Count);
        Assert.Equal(Countries.Codes.Count, Countries.Codes.Distinct().Count());
        Assert.All(Countries.Codes, c => Assert.Matches("^[A-Z]{2}$", c));
        Assert.False(Countries.IsKnown("UK"));
        Assert.False(Countries.IsKnown("ZZ"));
    }

    [Fact]
    public void TheWebClientOffersTheSameCountries()
    {
        var source = File.ReadAllText(Path.Combine(RepositoryRoot(), "api", "web", "src", "format", "countries.js"));
        var listed = System.Text.RegularExpressions.Regex.Match(source, "countryCodes =\\s*\"([A-Z ]+)\"").Groups[1].Value.Split(' ');
        Assert.Equal(Countries.Codes, listed);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Counseling.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
