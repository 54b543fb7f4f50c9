using System.Globalization;
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

    /// <summary>A short human label, e.g. "Sun 8 Mar, 09:30 EDT".</summary>
    public static string Label(DateTimeOffset instant, string timeZone)
    {
        var zoned = Instant.FromDateTimeOffset(instant).InZone(DateTimeZoneProviders.Tzdb[timeZone]);
        return zoned.ToString("ddd d MMM, HH:mm", CultureInfo.InvariantCulture) + " " + zoned.GetZoneInterval().Name;
    }
}
