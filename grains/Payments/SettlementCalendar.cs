using NodaTime;

namespace Counseling.Grains.Payments;

/// <summary>
/// When the settlement cycle runs: at the start of the 1st and the 16th of every month in the platform's zone
/// (docs/adr/0015-settlement-calendar-cycle.md). Pure, so that month ends and clock changes can be tested alone.
/// A cycle is named by its run date.
/// </summary>
public static class SettlementCalendar
{
    public const int SecondRunDay = 16;

    public static bool IsKnownZone(string? timeZone) =>
        timeZone is not null && DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone) is not null;

    /// <summary>
    /// The first instant of the run date there: local midnight, or on a day whose midnight the clocks skip, the
    /// moment they jump to.
    /// </summary>
    public static DateTimeOffset RunAt(DateOnly cycle, string timeZone) =>
        Zone(timeZone).AtStartOfDay(LocalDate.FromDateOnly(cycle)).ToInstant().ToDateTimeOffset();

    /// <summary>The cycle an instant belongs to: the latest run at or before it.</summary>
    public static DateOnly CycleOf(DateTimeOffset at, string timeZone)
    {
        var local = Instant.FromDateTimeOffset(at).InZone(Zone(timeZone)).Date;
        var cycle = new LocalDate(local.Year, local.Month, local.Day >= SecondRunDay ? SecondRunDay : 1).ToDateOnly();

        // Clocks turned back across midnight show the previous date again for a while after the next day has begun.
        var next = Following(cycle);
        return RunAt(next, timeZone) <= at ? next : cycle;
    }

    /// <summary>The first run strictly after the instant.</summary>
    public static DateTimeOffset NextRun(DateTimeOffset after, string timeZone) =>
        RunAt(Following(CycleOf(after, timeZone)), timeZone);

    /// <summary>The 16th after the 1st; the 1st of the next month after the 16th, however long the month.</summary>
    public static DateOnly Following(DateOnly cycle) =>
        cycle.Day == 1 ? new DateOnly(cycle.Year, cycle.Month, SecondRunDay) : new DateOnly(cycle.Year, cycle.Month, 1).AddMonths(1);

    private static DateTimeZone Zone(string timeZone) => DateTimeZoneProviders.Tzdb[timeZone];
}
