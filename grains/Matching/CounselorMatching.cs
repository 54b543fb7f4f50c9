using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Matching;
using NodaTime;

namespace Counseling.Grains.Matching;

/// <summary>
/// Which counselors an intake may be matched with (hard rules), and how well each fits (a score of 0 to 100 with the
/// reasons for it). Pure: the grain hands in directory entries and free slots.
/// <list type="bullet">
/// <item>Hard rules: licensed where the client lives (<see cref="Jurisdictions"/>), the chosen modality, at least one
/// preferred language, a price in the client's currency and range.</item>
/// <item>Score: up to <see cref="ConcernPoints"/> for the share of the client's concerns the counselor works with, up
/// to <see cref="WindowPoints"/> for the share of the client's preferred windows over the next
/// <see cref="HorizonDays"/> days that hold a free slot, and up to <see cref="SoonPoints"/> for how soon the next
/// free slot is.</item>
/// </list>
/// </summary>
public static class CounselorMatching
{
    public const int HorizonDays = 14;
    public const int ConcernPoints = 50;
    public const int WindowPoints = 30;
    public const int SoonPoints = 20;

    /// <summary>How many free times each match shows.</summary>
    public const int SlotsShown = 3;

    public static readonly TimeSpan Horizon = TimeSpan.FromDays(HorizonDays);

    /// <summary>Every hard rule: a counselor who fails one is never suggested.</summary>
    public static bool IsEligible(DirectoryEntry entry, ClientIntake intake) =>
        Jurisdictions.Covers(entry.Jurisdiction, intake.Country, intake.Region) && FitsPreferences(entry.Profile, intake);

    /// <summary>The hard rules other than the license: modality, language and price.</summary>
    public static bool FitsPreferences(CounselorProfile profile, ClientIntake intake) =>
        (intake.Modality is not { } modality || profile.Modalities.Contains(modality)) &&
        (intake.Languages.Length == 0 || SharedLanguages(profile, intake).Length > 0) &&
        string.Equals(profile.PricePerSession.Currency, intake.Currency, StringComparison.Ordinal) &&
        profile.PricePerSession.AmountMinor <= intake.MaxPriceMinor &&
        profile.PricePerSession.AmountMinor >= (intake.MinPriceMinor ?? 0);

    /// <summary>
    /// How well an eligible counselor fits, from their free slots (any order; those outside the next
    /// <see cref="HorizonDays"/> days are ignored).
    /// </summary>
    public static CounselorMatch Score(DirectoryEntry entry, ClientIntake intake, IEnumerable<Slot> free, DateTimeOffset now)
    {
        var zone = DateTimeZoneProviders.Tzdb[intake.TimeZone];
        var slots = free.Where(s => s.Start >= now && s.Start < now + Horizon).OrderBy(s => s.Start)
            .Select(s => (Slot: s, Local: Instant.FromDateTimeOffset(s.Start).InZone(zone).LocalDateTime))
            .ToList();
        var preferred = intake.PreferredTimes.Select(t => (t.Day, t.Part)).ToHashSet();

        // A window is one preferred part of one date ("Tuesday 10 March, evening"); without preferences, one date.
        var windows = slots
            .Select(s => (s.Slot, Day: ToDayOfWeek(s.Local.DayOfWeek), Part: DayParts.Of(s.Local.TimeOfDay.ToTimeOnly()), Date: s.Local.Date))
            .Where(s => preferred.Count == 0 || (s.Part is { } part && preferred.Contains((s.Day, part))))
            .GroupBy(s => (s.Date, Part: preferred.Count == 0 ? null : s.Part))
            .Select(g => (First: g.First(), Key: g.Key))
            .ToList();

        var concerns = intake.Concerns.Where(entry.Profile.Specialties.Contains).ToArray();
        var concernShare = intake.Concerns.Length == 0 ? 0 : (double)concerns.Length / intake.Concerns.Length;
        var possibleWindows = preferred.Count * HorizonDays / 7.0;
        var windowShare = preferred.Count == 0 ? 0 : Math.Min(1, windows.Count / possibleWindows);
        var next = slots.Count > 0 ? slots[0].Slot.Start : (DateTimeOffset?)null;
        var soonShare = next is { } first ? Math.Clamp(1 - ((first - now) / Horizon), 0, 1) : 0;
        var score = (int)Math.Round((ConcernPoints * concernShare) + (WindowPoints * windowShare) + (SoonPoints * soonShare), MidpointRounding.AwayFromZero);

        var freeWeekly = preferred.Count == 0
            ? []
            : windows.Select(w => (w.First.Day, Part: w.First.Part!.Value)).Distinct().OrderBy(w => MondayFirst(w.Day)).ThenBy(w => w.Part).ToArray();
        var reasons = new List<string> { MatchReasons.Licensed(entry.Jurisdiction) };
        if (concerns.Length > 0)
        {
            reasons.Add(MatchReasons.Concerns(concerns));
        }

        if (intake.Languages.Length > 0)
        {
            reasons.Add(MatchReasons.Speaks(SharedLanguages(entry.Profile, intake)));
        }

        if (intake.Modality is { } modality)
        {
            reasons.Add(MatchReasons.Offers(modality));
        }

        reasons.Add(MatchReasons.Price(entry.Profile.PricePerSession));
        if (freeWeekly.Length > 0)
        {
            reasons.Add(MatchReasons.Free(freeWeekly));
        }

        return new CounselorMatch(entry.CounselorId, entry.Profile, entry.Jurisdiction, score, [.. reasons], next,
            [.. windows.Take(SlotsShown).Select(w => w.First.Slot)]);
    }

    /// <summary>Best first: the higher score, then the sooner free time, then the name.</summary>
    public static CounselorMatch[] Rank(IEnumerable<CounselorMatch> matches) =>
        [.. matches.OrderByDescending(m => m.Score)
            .ThenBy(m => m.NextFreeSlot ?? DateTimeOffset.MaxValue)
            .ThenBy(m => m.Profile.DisplayName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(m => m.CounselorId)];

    /// <summary>The counselor's languages that the client asked for, in the client's order of preference.</summary>
    private static string[] SharedLanguages(CounselorProfile profile, ClientIntake intake) =>
        [.. intake.Languages.Where(wanted => profile.Languages.Any(spoken => Languages.Same(spoken, wanted))).Select(Languages.Primary).Distinct()];

    private static DayOfWeek ToDayOfWeek(IsoDayOfWeek day) => day == IsoDayOfWeek.Sunday ? DayOfWeek.Sunday : (DayOfWeek)(int)day;

    private static int MondayFirst(DayOfWeek day) => ((int)day + 6) % 7;
}
