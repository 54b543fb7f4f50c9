using System.Globalization;
using System.Text.RegularExpressions;
using Counseling.GrainInterfaces.Accounts;

namespace Counseling.Grains.Email;

/// <summary>The small rules every email shares: times in the reader's zone and clock, single-line subjects, retry delays. Pure.</summary>
public static partial class EmailText
{
    /// <summary>A subject or name on one line: control characters (line breaks included) become spaces.</summary>
    public static string SingleLine(string text) => Spaces().Replace(ControlCharacters().Replace(text, " "), " ").Trim();

    /// <summary>Doubles from <paramref name="first"/> with every failed attempt, up to <paramref name="max"/>.</summary>
    public static TimeSpan RetryDelay(int failedBefore, TimeSpan first, TimeSpan max) =>
        TimeSpan.FromTicks((long)Math.Min(max.Ticks, first.Ticks * Math.Pow(2, Math.Min(failedBefore, 30))));

    /// <summary>The reader's zone, or UTC when they chose none (or one this machine does not know).</summary>
    public static TimeZoneInfo ZoneOf(string? zoneId)
    {
        if (!string.IsNullOrWhiteSpace(zoneId) && TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            return zone;
        }

        return TimeZoneInfo.Utc;
    }

    /// <summary>"Thu, Dec 3, 10:30 AM" (or "10:30" on a 24-hour clock) in the reader's zone.</summary>
    public static string Time(DateTimeOffset at, TimeZoneInfo zone, ClockStyle clock) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString(clock == ClockStyle.TwentyFourHour ? "ddd, MMM d, H:mm" : "ddd, MMM d, h:mm tt", CultureInfo.GetCultureInfo("en-US"));

    /// <summary>"Dec 3, 2026" in the reader's zone.</summary>
    public static string Date(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("MMM d, yyyy", CultureInfo.GetCultureInfo("en-US"));

    /// <summary>Replaces "{time:N}" and "{date:N}" (see Notification) with the instants they stand for, as the reader reads them.</summary>
    public static string FillTimes(string text, DateTimeOffset[]? times, TimeZoneInfo zone, ClockStyle clock) =>
        Placeholder().Replace(text, m =>
        {
            var index = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            if (times is null || index >= times.Length)
            {
                return m.Value;
            }

            return m.Groups[1].Value == "date" ? Date(times[index], zone) : Time(times[index], zone, clock);
        });

    [GeneratedRegex(@"\{(time|date):(\d+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\p{Cc}")]
    private static partial Regex ControlCharacters();

    [GeneratedRegex(@" {2,}")]
    private static partial Regex Spaces();
}
