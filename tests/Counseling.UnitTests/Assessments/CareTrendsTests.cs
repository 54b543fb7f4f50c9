using Counseling.GrainInterfaces.Assessments;
using Counseling.Grains.Assessments;

namespace Counseling.UnitTests.Assessments;

public sealed class CareTrendsTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AHalvedScoreFromTenIsAResponseAndBelowFiveARemission()
    {
        var episode = Single(Phq9(0, 16), Phq9(14, 12), Phq9(28, 8));
        Assert.Equal((16, 8, -8, -50), (episode.Baseline, episode.Latest, episode.Change, episode.ChangePercent));
        Assert.True(episode.Response);
        Assert.False(episode.Remission);

        var remitted = Single(Phq9(0, 12), Phq9(21, 4));
        Assert.True(remitted.Response);
        Assert.True(remitted.Remission);
    }

    [Fact]
    public void ADropOfLessThanHalfIsNeitherAndABaselineBelowTenIsNotJudged()
    {
        var partial = Single(Phq9(0, 15), Phq9(14, 8));
        Assert.Equal((false, false), (partial.Response, partial.Remission));

        var lowStart = Single(Phq9(0, 8), Phq9(14, 2));
        Assert.Equal((false, false, -75), (lowStart.Response, lowStart.Remission, lowStart.ChangePercent));

        var once = Single(Phq9(0, 20));
        Assert.Equal((false, false, 0, 1), (once.Response, once.Remission, once.Change, once.Responses));
    }

    [Fact]
    public void AGapOfMoreThanNinetyDaysStartsANewEpisodeWithItsOwnBaseline()
    {
        var trend = CareTrends.Trend(Instruments.Phq9, [Phq9(0, 18), Phq9(30, 6), Phq9(30 + 91, 14), Phq9(30 + 100, 13)]);
        Assert.Equal([1, 1, 2, 2], trend.Points.Select(p => p.Episode));
        Assert.Equal(2, trend.Episodes.Length);
        Assert.True(trend.Episodes[0].Response);
        Assert.Equal((14, 13, false), (trend.Episodes[1].Baseline, trend.Episodes[1].Latest, trend.Episodes[1].Response));
    }

    [Fact]
    public void EveryInstrumentHasATrendOldestFirstWithItsBandsAndScale()
    {
        var trends = CareTrends.For([Phq9(10, 9), Phq9(0, 11)]);
        Assert.Equal([Instruments.Phq9Id, Instruments.Gad7Id], trends.Select(t => t.Instrument));
        Assert.Equal([11, 9], trends[0].Points.Select(p => p.Total));
        Assert.Equal((27, 21), (trends[0].MaxTotal, trends[1].MaxTotal));
        Assert.Empty(trends[1].Points);
        Assert.Empty(trends[1].Episodes);
        Assert.Equal("moderately-severe", trends[0].Bands[3].Name);
    }

    [Fact]
    public void AChangeFromZeroHasNoPercentage()
    {
        var fromZero = Single(Phq9(0, 0), Phq9(7, 6));
        Assert.Equal((6, (int?)null), (fromZero.Change, fromZero.ChangePercent));
    }

    private static CareEpisode Single(params AssessmentResponse[] responses) =>
        Assert.Single(CareTrends.Trend(Instruments.Phq9, responses).Episodes);

    private static AssessmentResponse Phq9(int day, int total) =>
        new(Guid.NewGuid(), Guid.Empty, Instruments.Phq9Id, new int[9], null, total,
            Instruments.Phq9.Bands.First(b => total >= b.Min && total <= b.Max).Name, [], null, Start.AddDays(day));
}
