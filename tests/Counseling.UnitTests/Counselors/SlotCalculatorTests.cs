using Counseling.GrainInterfaces.Counselors;
using Counseling.Grains.Counselors;

namespace Counseling.UnitTests.Counselors;

public sealed class SlotCalculatorTests
{
    private static readonly TimeOnly Nine = new(9, 0);
    private static readonly TimeOnly Twelve = new(12, 0);

    private static Availability Weekdays(TimeOnly start, TimeOnly end, int interval = 60, int bufferBefore = 0, int bufferAfter = 0, int notice = 0, int horizon = 365) =>
        new([.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday }
                .Select(d => new WeeklyWindow(d, start, end))],
            [], [], bufferBefore, bufferAfter, notice, horizon, interval);

    private static List<Slot> Slots(Availability a, string zone, DateTimeOffset from, DateTimeOffset to, int minutes = 60, IReadOnlyCollection<Slot>? busy = null, DateTimeOffset? now = null) =>
        [.. SlotCalculator.FreeSlots(a, zone, minutes, busy ?? [], now ?? from.AddDays(-1), from, to)];

    [Theory]
    [InlineData("America/New_York", "2026-03-06", "2026-03-10", -5, -4)] // spring forward on Sunday 8 March
    [InlineData("America/New_York", "2026-10-30", "2026-11-03", -4, -5)] // fall back on Sunday 1 November
    [InlineData("Europe/Berlin", "2026-03-27", "2026-03-31", 1, 2)]      // summer time from Sunday 29 March
    [InlineData("Europe/Berlin", "2026-10-23", "2026-10-27", 2, 1)]      // winter time from Sunday 25 October
    public void NineOClockStaysNineOClockLocallyAcrossADaylightSavingChange(string zone, string fromDate, string toDate, int offsetBefore, int offsetAfter)
    {
        var from = DateTimeOffset.Parse(fromDate + "T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var to = DateTimeOffset.Parse(toDate + "T23:59:00Z", System.Globalization.CultureInfo.InvariantCulture);

        var slots = Slots(Weekdays(Nine, new TimeOnly(10, 0)), zone, from, to);

        Assert.Equal(5, slots.Count); // one 09:00 slot per day
        var first = SlotCalculator.ToLocalOffset(slots[0].Start, zone);
        var last = SlotCalculator.ToLocalOffset(slots[^1].Start, zone);
        Assert.Equal(9, first.Hour);
        Assert.Equal(9, last.Hour);
        Assert.Equal(TimeSpan.FromHours(offsetBefore), first.Offset);
        Assert.Equal(TimeSpan.FromHours(offsetAfter), last.Offset);
        Assert.All(slots, s => Assert.Equal(TimeSpan.FromHours(1), s.End - s.Start));
    }

    [Fact]
    public void ANightWindowAcrossSpringForwardNeverOffersASkippedTimeTwice()
    {
        // 01:00-04:00 local on 8 March 2026 in New York: 02:00-03:00 does not exist that night.
        var a = Weekdays(new TimeOnly(1, 0), new TimeOnly(4, 0), interval: 30);
        var slots = Slots(a, "America/New_York", DateTimeOffset.Parse("2026-03-08T05:00:00Z"), DateTimeOffset.Parse("2026-03-08T09:00:00Z"), minutes: 30);

        Assert.Equal(slots.Count, slots.Select(s => s.Start).Distinct().Count());
        Assert.All(slots, s => Assert.NotEqual(2, SlotCalculator.ToLocalOffset(s.Start, "America/New_York").Hour));
        Assert.Equal(4, slots.Count); // 01:00, 01:30, 03:00, 03:30: two real hours of availability that night
    }

    [Fact]
    public void BuffersKeepAGapAroundBookings()
    {
        var a = Weekdays(Nine, Twelve, interval: 30, bufferBefore: 10, bufferAfter: 15);
        var day = DateTimeOffset.Parse("2026-06-01T00:00:00Z");
        var booked = new Slot(day.AddHours(10), day.AddHours(11)); // 10:00-11:00 UTC

        var starts = Slots(a, "UTC", day, day.AddDays(1), minutes: 30, busy: [booked]).Select(s => s.Start.TimeOfDay).ToList();

        // 09:30 would end at 10:00 with no gap; 11:00 would start with no gap. A 15-minute gap rules both out.
        Assert.Equal([TimeSpan.FromHours(9), TimeSpan.FromHours(11.5)], starts);
    }

    [Fact]
    public void OverridesReplaceTheWeekAndTimeOffRemovesWholeDays()
    {
        var monday = new DateOnly(2026, 6, 1);
        var a = Weekdays(Nine, Twelve) with
        {
            Overrides = [new DateOverride(monday, [new LocalWindow(new TimeOnly(14, 0), new TimeOnly(15, 0))]), new DateOverride(monday.AddDays(1), [])],
            TimeOff = [new TimeOff(monday.AddDays(2), monday.AddDays(3), "conference")],
        };
        var from = DateTimeOffset.Parse("2026-06-01T00:00:00Z");

        var slots = Slots(a, "UTC", from, from.AddDays(5));

        var byDay = slots.GroupBy(s => DateOnly.FromDateTime(s.Start.UtcDateTime)).ToDictionary(g => g.Key, g => g.Select(s => s.Start.Hour).ToList());
        Assert.Equal([14], byDay[monday]);
        Assert.False(byDay.ContainsKey(monday.AddDays(1))); // override with no windows
        Assert.False(byDay.ContainsKey(monday.AddDays(2))); // time off
        Assert.False(byDay.ContainsKey(monday.AddDays(3)));
        Assert.Equal([9, 10, 11], byDay[monday.AddDays(4)]);
    }

    [Fact]
    public void MinimumNoticeAndHorizonBoundTheSlots()
    {
        var now = DateTimeOffset.Parse("2026-06-01T08:30:00Z");
        var a = Weekdays(Nine, Twelve, notice: 120, horizon: 2);

        var slots = Slots(a, "UTC", now, now.AddDays(10), now: now);

        Assert.Equal(DateTimeOffset.Parse("2026-06-01T11:00:00Z"), slots[0].Start); // 09:00 and 10:00 are too soon
        Assert.True(slots[^1].Start <= now.AddDays(2));
        Assert.DoesNotContain(slots, s => s.Start > now.AddDays(2));
    }

    [Fact]
    public void HoursThatRunPastMidnightAllowASessionAcrossIt()
    {
        var a = new Availability(
            [new WeeklyWindow(DayOfWeek.Monday, new TimeOnly(20, 0), new TimeOnly(23, 59, 59)), new WeeklyWindow(DayOfWeek.Tuesday, new TimeOnly(0, 0), new TimeOnly(2, 0))],
            [], [], 0, 0, 0, 365, 30);
        var monday = DateTimeOffset.Parse("2026-06-01T00:00:00Z");

        var starts = Slots(a, "UTC", monday, monday.AddDays(2), minutes: 50).Select(s => s.Start).ToList();

        Assert.Contains(monday.AddHours(23.5), starts); // 23:30-00:20 crosses midnight
        Assert.Contains(monday.AddHours(25), starts);   // 01:00-01:50
        Assert.DoesNotContain(monday.AddHours(25.5), starts); // 01:30 would end at 02:20
    }

    [Fact]
    public void IsFreeAcceptsOnlyOfferedStarts()
    {
        var a = Weekdays(Nine, Twelve);
        var now = DateTimeOffset.Parse("2026-06-01T00:00:00Z");
        Assert.True(SlotCalculator.IsFree(a, "UTC", 60, [], now, DateTimeOffset.Parse("2026-06-02T10:00:00Z")));
        Assert.False(SlotCalculator.IsFree(a, "UTC", 60, [], now, DateTimeOffset.Parse("2026-06-02T10:15:00Z")));
        Assert.False(SlotCalculator.IsFree(a, "UTC", 60, [], now, DateTimeOffset.Parse("2026-06-02T11:30:00Z"))); // would run past 12:00
        Assert.False(SlotCalculator.IsFree(a, "UTC", 60, [], now, DateTimeOffset.Parse("2026-06-02T13:00:00Z")));
    }

    [Theory]
    [InlineData("America/New_York", true)]
    [InlineData("Europe/Berlin", true)]
    [InlineData("Mars/Olympus_Mons", false)]
    [InlineData("EST5EDT; DROP TABLE", false)]
    public void TimeZonesAreIanaNames(string zone, bool known) => Assert.Equal(known, SlotCalculator.IsKnownTimeZone(zone));
}
