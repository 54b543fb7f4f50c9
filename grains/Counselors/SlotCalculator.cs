using Counseling.GrainInterfaces.Counselors;
using NodaTime;
using NodaTime.TimeZones;
using NodaTime.Utility;

namespace Counseling.Grains.Counselors;

/// <summary>
/// Turns a counselor's wall-clock availability into bookable instants. Slot starts step through local time (so
/// they sit on :00 and :30 as people expect), each is mapped to an instant in the counselor's zone with NodaTime's
/// tz database, and a session lasts its real duration even across a daylight-saving change. Pure: the caller
/// supplies "now" and what is already booked.
/// </summary>
public static class SlotCalculator
{
    /// <summary>The widest range one query may ask for.</summary>
    public static readonly TimeSpan MaxQueryRange = TimeSpan.FromDays(31);

    public static bool IsKnownTimeZone(string? timeZone) =>
        timeZone is not null && DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone) is not null;

    /// <summary>Free slots starting in [from, to), in order.</summary>
    public static IEnumerable<Slot> FreeSlots(
        Availability availability, string timeZone, int sessionMinutes,
        IReadOnlyCollection<Slot> busy, DateTimeOffset now, DateTimeOffset from, DateTimeOffset to)
    {
        var zone = DateTimeZoneProviders.Tzdb[timeZone];
        var session = TimeSpan.FromMinutes(sessionMinutes);
        var earliest = Max(from, now.AddMinutes(availability.MinimumNoticeMinutes));
        var latest = Min(to, now.AddDays(availability.HorizonDays));
        if (earliest >= latest || sessionMinutes <= 0 || availability.SlotIntervalMinutes <= 0)
        {
            yield break;
        }

        var gap = TimeSpan.FromMinutes(Math.Max(availability.BufferBeforeMinutes, availability.BufferAfterMinutes));
        var firstDate = Instant.FromDateTimeOffset(earliest).InZone(zone).Date.PlusDays(-1);
        var lastDate = Instant.FromDateTimeOffset(latest).InZone(zone).Date.PlusDays(1);
        var step = Period.FromMinutes(availability.SlotIntervalMinutes);
        var lastEmitted = DateTimeOffset.MinValue;
        foreach (var window in Windows(availability, zone, firstDate, lastDate))
        {
            var windowEnd = window.End.ToDateTimeOffset();
            for (var local = window.StartLocal; ; local += step)
            {
                var start = zone.ResolveLocal(local, Resolvers.LenientResolver).ToDateTimeOffset().ToUniversalTime();
                var end = start + session;
                if (end > windowEnd)
                {
                    break;
                }

                // A skipped local time (spring forward) resolves onto a later start: never emit it twice.
                if (start < earliest || start >= latest || start <= lastEmitted)
                {
                    continue;
                }

                if (busy.Any(b => start < b.End + gap && b.Start < end + gap))
                {
                    continue;
                }

                lastEmitted = start;
                yield return new Slot(start, end);
            }
        }
    }

    /// <summary>
    /// The bookable stretches between two dates, in order. A window ending at midnight (23:59 or later) and one
    /// starting at 00:00 the next day form one stretch, so a session may run across midnight.
    /// </summary>
    private static List<(LocalDateTime StartLocal, Instant Start, Instant End)> Windows(Availability availability, DateTimeZone zone, LocalDate first, LocalDate last)
    {
        var stretches = new List<(LocalDateTime StartLocal, Instant Start, Instant End)>();
        for (var date = first; date <= last; date = date.PlusDays(1))
        {
            foreach (var window in WindowsOn(availability, date))
            {
                var start = ToInstant(zone, date, window.Start);
                var end = ToInstant(zone, date, window.End);
                if (end <= start)
                {
                    continue;
                }

                if (stretches.Count > 0 && start - stretches[^1].End <= Duration.FromMinutes(1))
                {
                    stretches[^1] = stretches[^1] with { End = Instant.Max(end, stretches[^1].End) };
                }
                else
                {
                    stretches.Add((date + LocalTime.FromTimeOnly(window.Start), start, end));
                }
            }
        }

        return stretches;
    }

    /// <summary>Whether a slot of this length may start exactly at <paramref name="start"/> right now.</summary>
    public static bool IsFree(Availability availability, string timeZone, int sessionMinutes, IReadOnlyCollection<Slot> busy, DateTimeOffset now, DateTimeOffset start) =>
        FreeSlots(availability, timeZone, sessionMinutes, busy, now, start, start.AddTicks(1)).Any(s => s.Start == start);

    public static DateTimeOffset? NextFree(Availability availability, string timeZone, int sessionMinutes, IReadOnlyCollection<Slot> busy, DateTimeOffset now) =>
        FreeSlots(availability, timeZone, sessionMinutes, busy, now, now, now.AddDays(availability.HorizonDays)).FirstOrDefault()?.Start;

    /// <summary>The wall-clock label of an instant in a viewer's zone, e.g. "Sun 10 Mar, 09:30 (EDT)".</summary>
    public static string LocalLabel(DateTimeOffset instant, string timeZone)
    {
        var zoned = Instant.FromDateTimeOffset(instant).InZone(DateTimeZoneProviders.Tzdb[timeZone]);
        return zoned.ToString("ddd d MMM, HH:mm", System.Globalization.CultureInfo.InvariantCulture) +
               $" ({zoned.GetZoneInterval().Name})";
    }

    public static DateTimeOffset ToLocalOffset(DateTimeOffset instant, string timeZone) =>
        Instant.FromDateTimeOffset(instant).InZone(DateTimeZoneProviders.Tzdb[timeZone]).ToDateTimeOffset();

    private static IEnumerable<LocalWindow> WindowsOn(Availability availability, LocalDate date)
    {
        var day = date.ToDateOnly();
        if (availability.TimeOff.Any(t => t.From <= day && day <= t.To))
        {
            return [];
        }

        var dateOverride = availability.Overrides.FirstOrDefault(o => o.Date == day);
        if (dateOverride is not null)
        {
            return dateOverride.Windows.OrderBy(w => w.Start);
        }

        var weekday = BclConversions.ToDayOfWeek(date.DayOfWeek);
        return availability.Weekly.Where(w => w.Day == weekday).Select(w => new LocalWindow(w.Start, w.End)).OrderBy(w => w.Start);
    }

    private static Instant ToInstant(DateTimeZone zone, LocalDate date, TimeOnly time) =>
        zone.ResolveLocal(date + LocalTime.FromTimeOnly(time), Resolvers.LenientResolver).ToInstant();

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
