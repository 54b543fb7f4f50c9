using Counseling.GrainInterfaces.Assessments;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Matching;
using Counseling.GrainInterfaces.Shared;
using Counseling.Grains.Matching;

namespace Counseling.UnitTests.Matching;

public sealed class CounselorMatchingTests
{
    /// <summary>Monday 2 March 2026, 08:00 in New York (13:00 UTC).</summary>
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 13, 0, 0, TimeSpan.Zero);

    private const string Zone = "America/New_York";

    private static ClientIntake Intake(
        string[]? concerns = null, string[]? languages = null, SessionModality? modality = null, long max = 12000, long? min = null,
        PreferredTime[]? times = null, string country = "US", string? region = "NY") =>
        new(concerns ?? ["anxiety", "sleep"], languages ?? [], modality, min, max, "USD", country, region, Zone, times ?? []);

    private static DirectoryEntry Entry(string name, string[]? specialties = null, string[]? languages = null, SessionModality[]? modalities = null,
        long price = 9000, string jurisdiction = "NY", string currency = "USD") =>
        new(Guid.NewGuid(), new CounselorProfile(name, "", specialties ?? ["anxiety"], languages ?? ["en"], modalities ?? [SessionModality.Video],
            new Money(price, currency), [50], Zone), jurisdiction, new DateOnly(2027, 1, 1), null);

    /// <summary>A 50-minute slot at a New York wall-clock time, <paramref name="days"/> after today.</summary>
    private static Slot At(int days, int hour, int minute = 0)
    {
        var start = new DateTimeOffset(2026, 3, 2, hour, minute, 0, TimeSpan.FromHours(-5)).AddDays(days);
        return new Slot(start, start.AddMinutes(50));
    }

    private static readonly PreferredTime TuesdayEvening = new(DayOfWeek.Tuesday, DayPart.Evening);

    [Fact]
    public void TheHardRulesKeepOnlyCounselorsWhoFitEveryChoice()
    {
        var intake = Intake(languages: ["es"], modality: SessionModality.Video, max: 10000, min: 5000);
        Assert.True(CounselorMatching.IsEligible(Entry("Fits", languages: ["en", "es-MX"]), intake));
        Assert.False(CounselorMatching.IsEligible(Entry("Elsewhere", languages: ["es"], jurisdiction: "NJ"), intake));
        Assert.False(CounselorMatching.IsEligible(Entry("Chat only", languages: ["es"], modalities: [SessionModality.Chat]), intake));
        Assert.False(CounselorMatching.IsEligible(Entry("English only", languages: ["en"]), intake));
        Assert.False(CounselorMatching.IsEligible(Entry("Too dear", languages: ["es"], price: 10001), intake));
        Assert.False(CounselorMatching.IsEligible(Entry("Too cheap", languages: ["es"], price: 4999), intake));
        Assert.False(CounselorMatching.IsEligible(Entry("Euros", languages: ["es"], currency: "EUR"), intake));
        Assert.True(CounselorMatching.IsEligible(Entry("Any language will do"), Intake()));
    }

    [Fact]
    public void MoreConcernsInCommonAndMorePreferredTimesFreeRankHigher()
    {
        var intake = Intake(times: [TuesdayEvening]);
        var both = Entry("Both concerns", ["anxiety", "sleep"]);
        var one = Entry("One concern", ["anxiety"]);
        var mornings = Entry("Both, mornings only", ["anxiety", "sleep"]);
        var tuesdays = new[] { At(1, 18), At(8, 19) };
        var ranked = CounselorMatching.Rank(
        [
            CounselorMatching.Score(one, intake, tuesdays, Now),
            CounselorMatching.Score(mornings, intake, [At(1, 9), At(8, 9)], Now),
            CounselorMatching.Score(both, intake, tuesdays, Now),
        ]);

        // Each of the others differs from the first in one respect only: fewer concerns in common, or no free Tuesday evening.
        Assert.Equal("Both concerns", ranked[0].Profile.DisplayName);
        var byName = ranked.ToDictionary(m => m.Profile.DisplayName);
        Assert.Equal(CounselorMatching.ConcernPoints / 2, byName["Both concerns"].Score - byName["One concern"].Score);
        Assert.True(byName["Both concerns"].Score - byName["Both, mornings only"].Score >= CounselorMatching.WindowPoints - 1);
        Assert.Contains("Works with anxiety and sleep", ranked[0].Reasons);
        Assert.Contains("Free Tuesday evenings", ranked[0].Reasons);
        Assert.DoesNotContain(byName["Both, mornings only"].Reasons, r => r.StartsWith("Free", StringComparison.Ordinal));
        Assert.Contains("Works with anxiety", byName["One concern"].Reasons);
    }

    [Fact]
    public void EveryReasonIsSaidInPlainWords()
    {
        var intake = Intake(concerns: ["anxiety", "sleep", "lgbtq"], languages: ["es"], modality: SessionModality.Video,
            times: [TuesdayEvening, new(DayOfWeek.Saturday, DayPart.Morning)]);
        var entry = Entry("Dr. Reyes", ["sleep", "anxiety", "lgbtq"], ["en", "es"], price: 9000, jurisdiction: "US-NY");

        var match = CounselorMatching.Score(entry, intake, [At(1, 17, 30), At(5, 10)], Now);

        Assert.Equal(
            ["Licensed in New York", "Works with anxiety, sleep and LGBTQ+ identity", "Speaks Spanish", "Offers video sessions",
             "$90 a session, within your budget", "Free Tuesday evenings and Saturday mornings"],
            match.Reasons);
    }

    [Fact]
    public void PreferredTimesAreReadInTheClientsZoneAndAFewAreShown()
    {
        // 23:00 UTC on Tuesday is 18:00 in New York: an evening there, though it is night in UTC.
        var intake = Intake(times: [TuesdayEvening]);
        var evening = new Slot(new DateTimeOffset(2026, 3, 3, 23, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 3, 23, 50, 0, TimeSpan.Zero));
        var slots = new[] { At(0, 10), evening, At(1, 18, 30), At(1, 19), At(8, 18), At(15, 18) };

        var match = CounselorMatching.Score(Entry("Zones"), intake, slots, Now);

        Assert.Equal(At(0, 10).Start, match.NextFreeSlot);
        Assert.Equal([evening.Start, At(8, 18).Start], match.PreferredSlots.Select(s => s.Start)); // one per evening; day 15 is past the horizon
        Assert.Contains("Free Tuesday evenings", match.Reasons);
    }

    [Fact]
    public void SoonerFreeTimeBreaksAnEvenMatch()
    {
        var intake = Intake();
        var later = CounselorMatching.Score(Entry("Later"), intake, [At(10, 9)], Now);
        var sooner = CounselorMatching.Score(Entry("Sooner"), intake, [At(1, 9)], Now);
        var none = CounselorMatching.Score(Entry("Nothing free"), intake, [], Now);

        Assert.Equal(["Sooner", "Later", "Nothing free"], CounselorMatching.Rank([none, later, sooner]).Select(m => m.Profile.DisplayName));
        Assert.Null(none.NextFreeSlot);
        Assert.Empty(none.PreferredSlots);
    }

    [Fact]
    public void ScoresStayBetweenZeroAndAHundred()
    {
        var every = Enum.GetValues<DayOfWeek>().SelectMany(d => Enum.GetValues<DayPart>().Select(p => new PreferredTime(d, p))).ToArray();
        var intake = Intake(concerns: ["anxiety"], times: every);
        var allDay = Enumerable.Range(0, 14).SelectMany(d => new[] { At(d, 9), At(d, 13), At(d, 18) }).ToArray();

        var best = CounselorMatching.Score(Entry("Best", ["anxiety"]), intake, [new Slot(Now, Now.AddMinutes(50)), .. allDay], Now);
        var worst = CounselorMatching.Score(Entry("Worst", ["grief"]), Intake(concerns: ["anxiety"], times: [TuesdayEvening]), [], Now);

        Assert.Equal(100, best.Score);
        Assert.Equal(0, worst.Score);
    }

    [Theory]
    [InlineData("phq-9", 20, 29, true)]
    [InlineData("phq-9", 19, 1, false)]
    [InlineData("phq-9", 27, 31, false)]
    [InlineData("gad-7", 15, 10, true)]
    [InlineData("gad-7", 14, 10, false)]
    public void ASevereRecentScoreMakesMatchingUrgent(string instrument, int total, int daysAgo, bool urgent)
    {
        var response = new AssessmentResponse(Guid.NewGuid(), Guid.NewGuid(), instrument, [], null, total, "", [], null, Now.AddDays(-daysAgo));
        Assert.Equal(urgent, Urgency.IsUrgent(new CareSummary(Guid.NewGuid(), null, [response], []), Now));
    }

    [Fact]
    public void TheHighRiskFlagMakesMatchingUrgentWhateverTheScores() =>
        Assert.True(Urgency.IsUrgent(new CareSummary(Guid.NewGuid(), new HighRiskFlag(Now.AddDays(-90), "self-harm answer", null), [], []), Now));

    [Theory]
    [InlineData(9000, "USD", "$90")]
    [InlineData(8950, "USD", "$89.50")]
    [InlineData(120000, "CHF", "1,200 CHF")]
    [InlineData(7000, "EUR", "€70")]
    [InlineData(5000, "JPY", "¥5,000")]
    public void PricesAreWrittenTheWayPeopleSayThem(long minor, string currency, string written) =>
        Assert.Equal(written, MatchReasons.PriceText(new Money(minor, currency)));
}
