using Counseling.GrainInterfaces.Assessments;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Matching;
using Counseling.GrainInterfaces.Shared;
using Orleans.Concurrency;

namespace Counseling.Grains.Matching;

/// <summary>
/// Matching keeps no state: any silo may run it, as often as asked. It reads the directory once, then the free slots
/// of the counselors who pass the hard rules (only theirs: a slot computation per counselor is the costly part).
/// </summary>
[StatelessWorker, GrainType("matching")]
public sealed class MatchingGrain(TimeProvider clock) : Grain, IMatchingGrain
{
    public const string NobodyLicensed =
        "No counselor on the platform is licensed where you live yet, so we cannot suggest anyone. Check the country and region above; we are adding counselors all the time.";

    public const string NobodyLicensedWithoutRegion =
        "Counselors here are licensed by state or province: add yours above to see who may work with you.";

    public const string NobodyFits =
        "Counselors are licensed where you live, but none fits every choice you made. Try another language, chat or video, or a higher price.";

    public async Task<Result<MatchList>> MatchAsync(ClientIntake intake, Guid? clientId)
    {
        var checkedIntake = IntakeRules.Check(intake);
        if (checkedIntake.Error is { } refused)
        {
            return refused;
        }

        intake = checkedIntake.Value!;
        var now = clock.GetUtcNow();
        var careRead = clientId is { } id ? GrainFactory.GetGrain<ICareGrain>(id).GetSummaryAsync() : null;
        var entries = await GrainFactory.GetGrain<ICounselorDirectoryGrain>(0).ListCurrentAsync();
        var licensed = entries.Where(e => Jurisdictions.Covers(e.Jurisdiction, intake.Country, intake.Region)).ToList();
        var eligible = licensed.Where(e => CounselorMatching.FitsPreferences(e.Profile, intake)).ToList();

        var scored = await Task.WhenAll(eligible.Select(async e =>
        {
            var free = await GrainFactory.GetGrain<ICounselorGrain>(e.CounselorId)
                .GetSlotsAsync(now, now + CounselorMatching.Horizon, e.Profile.SessionLengthsMinutes.Min());
            return CounselorMatching.Score(e, intake, free, now);
        }));
        var matches = CounselorMatching.Rank(scored);

        var urgent = careRead is not null && Urgency.IsUrgent(await careRead, now);
        var soonest = urgent
            ? matches.Where(m => m.NextFreeSlot is not null).MinBy(m => m.NextFreeSlot) is { } first
                ? new SoonestSession(first.CounselorId, first.Profile.DisplayName, first.NextFreeSlot!.Value)
                : null
            : null;
        var message = matches.Length > 0 ? null
            : licensed.Count > 0 ? NobodyFits
            : intake.Region is null && Regions.AreListed(intake.Country) ? NobodyLicensedWithoutRegion
            : NobodyLicensed;
        return new MatchList(matches, urgent, soonest, message);
    }
}
