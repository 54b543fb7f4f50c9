using System.Globalization;
using Counseling.GrainInterfaces.Accounts;
using NodaTime;

namespace Counseling.Api.Scheduling;

/// <summary>Presents instants in the time zone the viewer asks for (IANA names, NodaTime's tz database).</summary>
public static class ViewerTime
{
    public static bool IsKnown(string timeZone) => DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone) is not null;

    /// <summary>ISO local date-time with offset, e.g. "2026-03-08T09:30:00-04:00".</summary>
    public static string LocalIso(DateTimeOffset instant, string timeZone) =>
        Instant.FromDateTimeOffset(instant).InZone(DateTimeZoneProviders.Tzdb[timeZone]).ToDateTimeOffset()
            .ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>
    /// An instant on a document a person keeps (a receipt): "Thu, Dec 3, 2026, 10:30 AM EST" in their zone, with the
    /// zone spelled out, in their clock style (12-hour unless they chose 24-hour: the server does not know their locale).
    /// </summary>
    public static string ForReader(DateTimeOffset instant, string timeZone, ClockStyle clock)
    {
        var zoned = Instant.FromDateTimeOffset(instant).InZone(DateTimeZoneProviders.Tzdb[timeZone]);
        var pattern = clock == ClockStyle.TwentyFourHour ? "ddd, MMM d, yyyy, HH:mm" : "ddd, MMM d, yyyy, h:mm tt";
        return zoned.ToString(pattern, CultureInfo.GetCultureInfo("en-US")) + " " + zoned.GetZoneInterval().Name;
    }

    /// <summary>
    /// The zone to write times in for a reader: the one on their profile, else the one their browser sent, else UTC.
    /// </summary>
    public static (string Zone, ClockStyle Clock) ReaderZone(UserProfile? profile, string? browserZone) =>
        (profile?.TimeZone is { } chosen && IsKnown(chosen) ? chosen
            : !string.IsNullOrWhiteSpace(browserZone) && IsKnown(browserZone.Trim()) ? browserZone.Trim()
            : "UTC",
         profile?.Clock ?? ClockStyle.Auto);

    /// <summary>A short human label, e.g. "Sun 8 Mar, 09:30 EDT".</summary>
    public static string Label(DateTimeOffset instant, string timeZone)
    {
        var zoned = Instant.FromDateTimeOffset(instant).InZone(DateTimeZoneProviders.Tzdb[timeZone]);
        return zoned.ToString("ddd d MMM, HH:mm", CultureInfo.InvariantCulture) + " " + zoned.GetZoneInterval().Name;
    }
}
