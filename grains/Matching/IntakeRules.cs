using System.Text.RegularExpressions;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Matching;
using Counseling.GrainInterfaces.Shared;
using Counseling.Grains.Counselors;

namespace Counseling.Grains.Matching;

/// <summary>
/// Checks an intake and brings it to the form it is kept and matched in: codes in their usual case, each entry once,
/// a US state or Canadian province as its code. A refusal names the first field that is wrong.
/// </summary>
public static partial class IntakeRules
{
    public const int MaxLanguages = 10;
    public const int MaxRegionLength = 64;
    public const long MaxPriceMinor = 1_000_000;

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();

    public static Result<ClientIntake> Check(ClientIntake intake)
    {
        var concerns = (intake.Concerns ?? []).Select(c => c?.Trim().ToLowerInvariant() ?? "").Distinct().ToArray();
        if (concerns.Any(c => !Specialties.IsKnown(c)))
        {
            return DomainError.Invalid("concerns", "Choose what you would like help with from the list.");
        }

        var languages = (intake.Languages ?? []).Select(l => l?.Trim() ?? "").DistinctBy(l => l.ToLowerInvariant()).ToArray();
        if (languages.Length > MaxLanguages)
        {
            return DomainError.Invalid("languages", $"Choose up to {MaxLanguages} languages.");
        }

        if (languages.Any(l => !Languages.IsKnown(l)))
        {
            return DomainError.Invalid("languages", "Choose languages from the list.");
        }

        if (intake.Modality is { } modality && !Enum.IsDefined(modality))
        {
            return DomainError.Invalid("modality", "Choose text chat or video, or leave it open.");
        }

        if (intake.MaxPriceMinor is <= 0 or > MaxPriceMinor)
        {
            return DomainError.Invalid("maxPriceMinor", "Enter the most you can pay for a session (above zero, at most 10,000).");
        }

        if (intake.MinPriceMinor is < 0 || intake.MinPriceMinor > intake.MaxPriceMinor)
        {
            return DomainError.Invalid("minPriceMinor", "The lowest price cannot be below zero or above the highest.");
        }

        var currency = intake.Currency?.Trim().ToUpperInvariant() ?? "";
        if (!CurrencyCode().IsMatch(currency))
        {
            return DomainError.Invalid("currency", "Give the currency as a three-letter code, such as USD.");
        }

        var country = intake.Country?.Trim().ToUpperInvariant() ?? "";
        if (!Countries.IsKnown(country))
        {
            return DomainError.Invalid("country", "Choose the country you live in.");
        }

        string? region = null;
        if (!string.IsNullOrWhiteSpace(intake.Region))
        {
            if (intake.Region.Length > MaxRegionLength || intake.Region.Any(char.IsControl) || Jurisdictions.Normalize(intake.Region).Length == 0)
            {
                return DomainError.Invalid("region", $"Write your state, province or region in up to {MaxRegionLength} letters.");
            }

            region = Jurisdictions.CanonicalRegion(country, intake.Region);
            if (region is null)
            {
                return DomainError.Invalid("region", country == Countries.UnitedStates
                    ? "Choose your state by its name or two-letter code, such as New York or NY. For Puerto Rico and the other territories, choose them as the country."
                    : "Choose your province or territory by its name or two-letter code, such as Ontario or ON.");
            }
        }

        var zone = intake.TimeZone?.Trim() ?? "";
        if (!SlotCalculator.IsKnownTimeZone(zone))
        {
            return DomainError.Invalid("timeZone", "Choose your time zone, such as America/New_York.");
        }

        var times = (intake.PreferredTimes ?? []).Distinct().ToArray();
        if (times.Any(t => t is null || !Enum.IsDefined(t.Day) || !Enum.IsDefined(t.Part)))
        {
            return DomainError.Invalid("preferredTimes", "Choose days of the week and morning, afternoon or evening.");
        }

        return new ClientIntake(concerns, languages, intake.Modality, intake.MinPriceMinor, intake.MaxPriceMinor, currency, country, region, zone,
            [.. times.OrderBy(t => ((int)t.Day + 6) % 7).ThenBy(t => t.Part)]);
    }
}
