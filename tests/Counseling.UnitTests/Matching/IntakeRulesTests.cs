using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Matching;
using Counseling.Grains.Matching;

namespace Counseling.UnitTests.Matching;

public sealed class IntakeRulesTests
{
    private static readonly ClientIntake Valid = new(["anxiety"], ["es"], SessionModality.Video, null, 12000, "USD", "US", "NY", "America/New_York",
        [new(DayOfWeek.Tuesday, DayPart.Evening)]);

    public static TheoryData<string, ClientIntake> Refused => new()
    {
        { "concerns", Valid with { Concerns = ["anxiety", "astrology"] } },
        { "languages", Valid with { Languages = ["xx"] } },
        { "languages", Valid with { Languages = ["not a tag"] } },
        { "modality", Valid with { Modality = (SessionModality)7 } },
        { "maxPriceMinor", Valid with { MaxPriceMinor = 0 } },
        { "minPriceMinor", Valid with { MinPriceMinor = 13000 } },
        { "minPriceMinor", Valid with { MinPriceMinor = -1 } },
        { "currency", Valid with { Currency = "dollars" } },
        { "country", Valid with { Country = "UK" } },
        { "country", Valid with { Country = "" } },
        { "region", Valid with { Region = "Narnia" } },
        { "region", Valid with { Region = new string('a', 65) } },
        { "timeZone", Valid with { TimeZone = "Mars/Olympus_Mons" } },
        { "preferredTimes", Valid with { PreferredTimes = [new((DayOfWeek)9, DayPart.Morning)] } },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void ABadFieldIsRefusedByName(string field, ClientIntake intake)
    {
        var result = IntakeRules.Check(intake);
        Assert.Equal(field, result.Error?.Field);
    }

    [Fact]
    public void AnAcceptedIntakeIsKeptInItsUsualForm()
    {
        var result = IntakeRules.Check(Valid with
        {
            Concerns = [" Anxiety", "anxiety", "sleep"],
            Languages = ["es", "ES", "pt-BR", "yue", "tl"],
            Currency = "usd",
            Country = "us",
            Region = "new york",
            PreferredTimes = [new(DayOfWeek.Sunday, DayPart.Morning), new(DayOfWeek.Tuesday, DayPart.Evening), new(DayOfWeek.Tuesday, DayPart.Evening)],
        });

        var kept = result.Value!;
        Assert.Equal(["anxiety", "sleep"], kept.Concerns);
        Assert.Equal(["es", "pt-BR", "yue", "tl"], kept.Languages);
        Assert.Equal(("USD", "US", "NY"), (kept.Currency, kept.Country, kept.Region));
        Assert.Equal([new(DayOfWeek.Tuesday, DayPart.Evening), new PreferredTime(DayOfWeek.Sunday, DayPart.Morning)], kept.PreferredTimes);
    }

    [Fact]
    public void OutsideTheUsAndCanadaARegionIsKeptAsWritten() =>
        Assert.Equal("Berlin", IntakeRules.Check(Valid with { Country = "DE", Region = " Berlin " }).Value!.Region);
}
