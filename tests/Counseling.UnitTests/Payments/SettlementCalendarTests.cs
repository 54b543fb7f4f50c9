using Counseling.Grains.Payments;

namespace Counseling.UnitTests.Payments;

/// <summary>The settlement cycle's dates: the 1st and the 16th at the start of the day in the platform's zone.</summary>
public sealed class SettlementCalendarTests
{
    private static readonly int[] RunDays = [1, 16];

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-01-10T12:00:00Z", "2026-01-16T00:00:00Z")]
    [InlineData("2026-01-15T23:59:59Z", "2026-01-16T00:00:00Z")]
    [InlineData("2026-01-16T00:00:00Z", "2026-02-01T00:00:00Z")] // strictly after: a run at this instant is not the next one
    [InlineData("2026-01-31T23:00:00Z", "2026-02-01T00:00:00Z")]
    [InlineData("2026-02-16T00:00:01Z", "2026-03-01T00:00:00Z")] // a 13-day cycle: the calendar, not every 15 days
    [InlineData("2028-02-29T08:00:00Z", "2028-03-01T00:00:00Z")] // leap day
    [InlineData("2026-04-30T23:59:59Z", "2026-05-01T00:00:00Z")] // a 30-day month
    [InlineData("2026-12-16T00:00:00Z", "2027-01-01T00:00:00Z")] // over the year end
    public void TheNextRunIsTheNextFirstOrSixteenthInUtc(string after, string expected)
    {
        Assert.Equal(At(expected), SettlementCalendar.NextRun(At(after), "UTC"));
    }

    [Fact]
    public void RunsStayAtLocalMidnightAcrossAClockChange()
    {
        // Berlin moves to summer time on 29 March 2026: midnight is 23:00 UTC before it and 22:00 UTC after.
        var march = SettlementCalendar.NextRun(At("2026-03-10T12:00:00Z"), "Europe/Berlin");
        var april = SettlementCalendar.NextRun(march, "Europe/Berlin");

        Assert.Equal(At("2026-03-15T23:00:00Z"), march);
        Assert.Equal(At("2026-03-31T22:00:00Z"), april);
        Assert.Equal(TimeSpan.FromDays(16) - TimeSpan.FromHours(1), april - march); // 16 calendar days, one hour short
        Assert.Equal(At("2026-10-31T23:00:00Z"), SettlementCalendar.NextRun(At("2026-10-20T00:00:00Z"), "Europe/Berlin")); // back to winter time
    }

    [Fact]
    public void ADayWhoseMidnightIsSkippedRunsWhenItsFirstHourBegins()
    {
        // São Paulo went to summer time at midnight on 16 October 2016: that day began at 01:00 (-02:00).
        var run = SettlementCalendar.NextRun(At("2016-10-10T00:00:00Z"), "America/Sao_Paulo");

        Assert.Equal(At("2016-10-16T03:00:00Z"), run);
        Assert.Equal(new DateOnly(2016, 10, 16), SettlementCalendar.CycleOf(run, "America/Sao_Paulo"));
        Assert.Equal(new DateOnly(2016, 10, 1), SettlementCalendar.CycleOf(run - TimeSpan.FromTicks(1), "America/Sao_Paulo"));
        Assert.Equal(At("2016-11-01T02:00:00Z"), SettlementCalendar.NextRun(run, "America/Sao_Paulo"));
    }

    [Fact]
    public void AnHourRepeatedBeforeMidnightBelongsToTheCycleItFallsIn()
    {
        // São Paulo left summer time at midnight on 16 February 2014: 23:00-24:00 on the 15th happened twice.
        var firstPass = At("2014-02-16T01:30:00Z");
        var secondPass = At("2014-02-16T02:30:00Z");

        Assert.Equal(new DateOnly(2014, 2, 1), SettlementCalendar.CycleOf(firstPass, "America/Sao_Paulo"));
        Assert.Equal(new DateOnly(2014, 2, 1), SettlementCalendar.CycleOf(secondPass, "America/Sao_Paulo"));
        Assert.Equal(At("2014-02-16T03:00:00Z"), SettlementCalendar.NextRun(secondPass, "America/Sao_Paulo"));
    }

    [Theory]
    [InlineData("2026-03-01T00:00:00Z", "UTC", "2026-03-01")]
    [InlineData("2026-03-15T23:59:59Z", "UTC", "2026-03-01")]
    [InlineData("2026-03-15T23:00:00Z", "Europe/Berlin", "2026-03-16")] // already the 16th in Berlin
    [InlineData("2026-03-16T09:59:59Z", "Pacific/Honolulu", "2026-03-01")] // still the 15th in Hawaii
    public void AnInstantBelongsToTheLatestRunAtOrBeforeIt(string at, string zone, string cycle)
    {
        Assert.Equal(DateOnly.Parse(cycle, System.Globalization.CultureInfo.InvariantCulture), SettlementCalendar.CycleOf(At(at), zone));
    }

    [Fact]
    public void EveryRunOfAYearIsAFirstOrSixteenthAndTheyFollowInOrder()
    {
        var at = At("2026-01-01T00:00:00Z");
        var runs = new List<DateTimeOffset>();
        for (var i = 0; i < 24; i++)
        {
            at = SettlementCalendar.NextRun(at, "America/New_York");
            runs.Add(at);
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var local = runs.Select(r => TimeZoneInfo.ConvertTime(r, zone)).ToList();
        Assert.All(local, l => Assert.Contains(l.Day, RunDays));
        Assert.All(local, l => Assert.Equal(TimeSpan.Zero, l.TimeOfDay));
        Assert.Equal(24, local.Select(l => (l.Year, l.Month, l.Day)).Distinct().Count());
        Assert.Equal(new DateTime(2026, 1, 1), local[0].Date); // New Year's midnight in New York comes after UTC's
        Assert.Equal(new DateTime(2026, 12, 16), local[^1].Date);
    }

    [Theory]
    [InlineData("UTC", true)]
    [InlineData("Europe/Berlin", true)]
    [InlineData("Mars/Olympus_Mons", false)]
    [InlineData("", false)]
    public void OnlyKnownZonesAreAccepted(string zone, bool known)
    {
        Assert.Equal(known, SettlementCalendar.IsKnownZone(zone));
    }
}
