using Counseling.GrainInterfaces.Assessments;
using Counseling.GrainInterfaces.Shared;
using Counseling.Grains.Assessments;
using CsCheck;

namespace Counseling.UnitTests.Assessments;

public sealed class AssessmentScoringTests
{
    [Theory]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0 }, 0, "minimal")]
    [InlineData(new[] { 1, 1, 1, 1, 0, 0, 0, 0, 0 }, 4, "minimal")]
    [InlineData(new[] { 1, 1, 1, 1, 1, 0, 0, 0, 0 }, 5, "mild")]
    [InlineData(new[] { 2, 2, 2, 2, 2, 0, 0, 0, 0 }, 10, "moderate")]
    [InlineData(new[] { 3, 3, 3, 3, 3, 0, 0, 0, 0 }, 15, "moderately-severe")]
    [InlineData(new[] { 3, 3, 3, 3, 3, 3, 2, 0, 0 }, 20, "severe")]
    [InlineData(new[] { 3, 3, 3, 3, 3, 3, 3, 3, 3 }, 27, "severe")]
    public void Phq9TotalsFallInThePublishedBands(int[] answers, int total, string band)
    {
        var score = AssessmentScoring.Score(Instruments.Phq9, answers, null).Value!;
        Assert.Equal((total, band), (score.Total, score.Band));
    }

    [Theory]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0 }, "minimal")]
    [InlineData(new[] { 1, 1, 1, 1, 1, 0, 0 }, "mild")]
    [InlineData(new[] { 2, 2, 2, 2, 2, 0, 0 }, "moderate")]
    [InlineData(new[] { 3, 3, 3, 3, 3, 0, 0 }, "severe")]
    [InlineData(new[] { 3, 3, 3, 3, 3, 3, 3 }, "severe")]
    public void Gad7TotalsFallInThePublishedBands(int[] answers, string band) =>
        Assert.Equal(band, AssessmentScoring.Score(Instruments.Gad7, answers, null).Value!.Band);

    [Fact]
    public void Item9AboveZeroIsASafetyFlagWhateverTheTotal()
    {
        var lowTotal = AssessmentScoring.Score(Instruments.Phq9, [0, 0, 0, 0, 0, 0, 0, 0, 1], null).Value!;
        Assert.Equal((1, "minimal"), (lowTotal.Total, lowTotal.Band));
        Assert.Equal([AssessmentScore.SelfHarmRisk], lowTotal.Flags);
        Assert.Empty(AssessmentScoring.Score(Instruments.Phq9, [3, 3, 3, 3, 3, 3, 3, 3, 0], null).Value!.Flags);
        Assert.Empty(AssessmentScoring.Score(Instruments.Gad7, [3, 3, 3, 3, 3, 3, 3], null).Value!.Flags);
    }

    [Fact]
    public void BadAnswersAreRefusedNamingTheItem()
    {
        Assert.Equal("answers", AssessmentScoring.Score(Instruments.Phq9, [0, 0, 0], null).Error?.Field);
        Assert.Equal("answers", AssessmentScoring.Score(Instruments.Gad7, null, null).Error?.Field);
        var outOfRange = AssessmentScoring.Score(Instruments.Phq9, [0, 0, 0, 4, 0, 0, 0, 0, 0], null).Error!;
        Assert.Equal((ErrorCodes.Validation, "phq-9.4"), (outOfRange.Code, outOfRange.Field));
        Assert.StartsWith("Question 4:", outOfRange.Message, StringComparison.Ordinal);
        Assert.Equal("phq-9.1", AssessmentScoring.Score(Instruments.Phq9, [-1, 0, 0, 0, 0, 0, 0, 0, 0], null).Error?.Field);
        Assert.Equal("difficulty", AssessmentScoring.Score(Instruments.Phq9, new int[9], 4).Error?.Field);
        Assert.Equal("difficulty", AssessmentScoring.Score(Instruments.Gad7, new int[7], 1).Error?.Field);
        Assert.True(AssessmentScoring.Score(Instruments.Phq9, new int[9], 3).Succeeded);
    }

    [Fact]
    public void EveryValidResponseScoresItsSumInExactlyOneBand()
    {
        foreach (var instrument in Instruments.All)
        {
            Gen.Int[0, 3].Array[instrument.Items.Length].Sample(answers =>
            {
                var score = AssessmentScoring.Score(instrument, answers, null).Value!;
                Assert.Equal(answers.Sum(), score.Total);
                Assert.Single(instrument.Bands, b => score.Total >= b.Min && score.Total <= b.Max);
            });
        }
    }

    [Fact]
    public void TheInstrumentsCarryTheirLoincCodesAndPublishedShape()
    {
        Assert.Equal(("44249-1", "44261-6", 9, "44260-8"), (Instruments.Phq9.FormLoinc, Instruments.Phq9.TotalLoinc, Instruments.Phq9.Items.Length, Instruments.Phq9.Items[8].Loinc));
        Assert.Equal(("69737-5", "70274-6", 7), (Instruments.Gad7.FormLoinc, Instruments.Gad7.TotalLoinc, Instruments.Gad7.Items.Length));
        Assert.Equal(["LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"], Instruments.Phq9.Options.Select(o => o.Loinc));
        Assert.Equal("69722-7", Instruments.Phq9.Difficulty!.Loinc);
        Assert.Null(Instruments.Gad7.Difficulty);
        Assert.Equal(Instruments.Gad7, Instruments.Find(" GAD-7 "));
        Assert.Null(Instruments.Find("bdi-ii"));
        foreach (var instrument in Instruments.All)
        {
            Assert.Equal(0, instrument.Bands[0].Min);
            Assert.Equal(instrument.Items.Length * 3, instrument.Bands[^1].Max);
            Assert.All(instrument.Bands.Zip(instrument.Bands.Skip(1)), pair => Assert.Equal(pair.First.Max + 1, pair.Second.Min));
        }
    }
}
