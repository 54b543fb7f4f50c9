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
            return DomainError.Invalid("displayName", "Enter the name clients will see (up to 100 characters).");
        }

        if (p.Bio.Length > 4000)
        {
            return DomainError.Invalid("bio", "Keep the introduction to 4,000 characters or fewer.");
        }

        if (p.Specialties.Length is 0 or > 10 || p.Specialties.Any(s => !Specialties.IsKnown(s)) || p.Specialties.Distinct().Count() != p.Specialties.Length)
        {
            return DomainError.Invalid("specialties", "Choose between 1 and 10 areas you help with.");
        }

        if (p.Languages.Length is 0 or > 10 || p.Languages.Any(l => !LanguageTag().IsMatch(l)))
        {
            return DomainError.Invalid("languages", "Choose between 1 and 10 languages you hold sessions in.");
        }

        if (p.Modalities.Length == 0 || p.Modalities.Any(m => !Enum.IsDefined(m)))
        {
            return DomainError.Invalid("modalities", "Offer text chat, video or both.");
        }

        if (p.PricePerSession.AmountMinor is <= 0 or > 1_000_000 || !CurrencyCode().IsMatch(p.PricePerSession.Currency))
        {
            return DomainError.Invalid("pricePerSession", "Enter a price above zero (at most 10,000.00) and choose its currency.");
        }

        if (p.SessionLengthsMinutes.Length is 0 or > 5 || p.SessionLengthsMinutes.Any(l => l is < 15 or > 180) || p.SessionLengthsMinutes.Distinct().Count() != p.SessionLengthsMinutes.Length)
        {
            return DomainError.Invalid("sessionLengthsMinutes", "Offer 1 to 5 different session lengths, each between 15 and 180 minutes.");
        }

        if (!SlotCalculator.IsKnownTimeZone(p.TimeZone))
        {
            return DomainError.Invalid("timeZone", "Choose your time zone from the list.");
        }

        return null;
    }

    public static DomainError? CheckAvailability(Availability a)
    {
        if (a.Weekly.Length > 50 || a.Overrides.Length > 400 || a.TimeOff.Length > 200)
        {
            return DomainError.Invalid("availability", "That is more hours, dates and time off than one schedule can hold. Remove some entries.");
        }

        if (a.Weekly.Any(w => !Enum.IsDefined(w.Day) || w.End <= w.Start))
        {
            return DomainError.Invalid("weekly", "Each block of hours needs a day and an end time after its start.");
        }

        if (Overlapping(a.Weekly.GroupBy(w => w.Day).Select(g => g.Select(w => new LocalWindow(w.Start, w.End)))))
        {
            return DomainError.Invalid("weekly", "Blocks of hours on the same day must not overlap.");
        }

        if (a.Overrides.Any(o => o.Windows.Any(w => w.End <= w.Start)) || a.Overrides.GroupBy(o => o.Date).Any(g => g.Count() > 1))
        {
            return DomainError.Invalid("overrides", "Give each date once, and make each block end after it starts.");
        }

        if (Overlapping(a.Overrides.Select(o => o.Windows)))
        {
            return DomainError.Invalid("overrides", "Blocks of hours on the same date must not overlap.");
        }

        if (a.TimeOff.Any(t => t.To < t.From) || a.TimeOff.Any(t => t.Note?.Length > 200))
        {
            return DomainError.Invalid("timeOff", "Each time off must end on or after its first day, with a note of up to 200 characters.");
        }

        if (a.BufferBeforeMinutes is < 0 or > 120 || a.BufferAfterMinutes is < 0 or > 120)
        {
            return DomainError.Invalid("buffers", "Choose a break of 0 to 120 minutes.");
        }

        if (a.MinimumNoticeMinutes is < 0 or > 20_160)
        {
            return DomainError.Invalid("minimumNoticeMinutes", "Choose a notice of up to two weeks.");
        }

        if (a.HorizonDays is < 1 or > 365)
        {
            return DomainError.Invalid("horizonDays", "Let clients book between 1 and 365 days ahead.");
        }

        if (!AllowedSlotIntervals.Contains(a.SlotIntervalMinutes))
        {
            return DomainError.Invalid("slotIntervalMinutes", $"Choose start times every {string.Join(", ", AllowedSlotIntervals)} minutes.");
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
