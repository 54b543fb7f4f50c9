using System.Text.RegularExpressions;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Shared;

namespace Counseling.Grains.Counselors;

/// <summary>Validation of what counselors enter. Each method returns a message for the first problem, or null.</summary>
public static partial class CounselorRules
{
    public static readonly int[] AllowedSlotIntervals = [5, 10, 15, 20, 30, 60];

    [GeneratedRegex("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();

    public static DomainError? CheckProfile(CounselorProfile p)
    {
        if (string.IsNullOrWhiteSpace(p.DisplayName) || p.DisplayName.Length > 100)
        {
            return DomainError.Invalid("displayName", "Enter 1 to 100 characters.");
        }

        if (p.Bio.Length > 4000)
        {
            return DomainError.Invalid("bio", "At most 4000 characters.");
        }

        if (p.Specialties.Length is 0 or > 10 || p.Specialties.Any(s => !Specialties.IsKnown(s)) || p.Specialties.Distinct().Count() != p.Specialties.Length)
        {
            return DomainError.Invalid("specialties", $"Choose 1 to 10 different specialties from: {string.Join(", ", Specialties.All.Keys)}.");
        }

        if (p.Languages.Length is 0 or > 10 || p.Languages.Any(l => !LanguageTag().IsMatch(l)))
        {
            return DomainError.Invalid("languages", "Give 1 to 10 language tags such as 'en' or 'pt-BR'.");
        }

        if (p.Modalities.Length == 0 || p.Modalities.Any(m => !Enum.IsDefined(m)))
        {
            return DomainError.Invalid("modalities", "Offer chat, video or both.");
        }

        if (p.PricePerSession.AmountMinor is <= 0 or > 1_000_000 || !CurrencyCode().IsMatch(p.PricePerSession.Currency))
        {
            return DomainError.Invalid("pricePerSession", "A positive amount (in cents, at most 1,000,000) and a three-letter currency code such as USD.");
        }

        if (p.SessionLengthsMinutes.Length is 0 or > 5 || p.SessionLengthsMinutes.Any(l => l is < 15 or > 180) || p.SessionLengthsMinutes.Distinct().Count() != p.SessionLengthsMinutes.Length)
        {
            return DomainError.Invalid("sessionLengthsMinutes", "1 to 5 distinct lengths between 15 and 180 minutes.");
        }

        if (!SlotCalculator.IsKnownTimeZone(p.TimeZone))
        {
            return DomainError.Invalid("timeZone", $"'{p.TimeZone}' is not an IANA time zone such as 'Europe/Berlin'.");
        }

        return null;
    }

    public static DomainError? CheckAvailability(Availability a)
    {
        if (a.Weekly.Length > 50 || a.Overrides.Length > 400 || a.TimeOff.Length > 200)
        {
            return DomainError.Invalid("availability", "Too many availability entries.");
        }

        if (a.Weekly.Any(w => !Enum.IsDefined(w.Day) || w.End <= w.Start))
        {
            return DomainError.Invalid("weekly", "Every window needs a day and an end after its start.");
        }

        if (Overlapping(a.Weekly.GroupBy(w => w.Day).Select(g => g.Select(w => new LocalWindow(w.Start, w.End)))))
        {
            return DomainError.Invalid("weekly", "Windows on the same day must not overlap.");
        }

        if (a.Overrides.Any(o => o.Windows.Any(w => w.End <= w.Start)) || a.Overrides.GroupBy(o => o.Date).Any(g => g.Count() > 1))
        {
            return DomainError.Invalid("overrides", "One entry per date, each window ending after it starts.");
        }

        if (Overlapping(a.Overrides.Select(o => o.Windows)))
        {
            return DomainError.Invalid("overrides", "Windows on the same date must not overlap.");
        }

        if (a.TimeOff.Any(t => t.To < t.From) || a.TimeOff.Any(t => t.Note?.Length > 200))
        {
            return DomainError.Invalid("timeOff", "Each period must end on or after its first day (notes up to 200 characters).");
        }

        if (a.BufferBeforeMinutes is < 0 or > 120 || a.BufferAfterMinutes is < 0 or > 120)
        {
            return DomainError.Invalid("buffers", "Between 0 and 120 minutes.");
        }

        if (a.MinimumNoticeMinutes is < 0 or > 20_160)
        {
            return DomainError.Invalid("minimumNoticeMinutes", "Between 0 and 20160 (two weeks).");
        }

        if (a.HorizonDays is < 1 or > 365)
        {
            return DomainError.Invalid("horizonDays", "Between 1 and 365.");
        }

        if (!AllowedSlotIntervals.Contains(a.SlotIntervalMinutes))
        {
            return DomainError.Invalid("slotIntervalMinutes", $"Choose one of {string.Join(", ", AllowedSlotIntervals)} minutes.");
        }

        return null;
    }

    private static bool Overlapping(IEnumerable<IEnumerable<LocalWindow>> days) =>
        days.Any(day =>
        {
            var ordered = day.OrderBy(w => w.Start).ToList();
            return ordered.Zip(ordered.Skip(1)).Any(pair => pair.Second.Start < pair.First.End);
        });
}
