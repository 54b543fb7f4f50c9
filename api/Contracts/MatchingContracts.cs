using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Matching;
using Counseling.GrainInterfaces.Shared;

namespace Counseling.Api.Contracts;

/// <summary>
/// What a client looks for and where they live. <see cref="Concerns"/> are specialty codes (GET /api/specialties);
/// <see cref="Languages"/> language tags such as "es"; prices in minor units of <see cref="Currency"/>;
/// <see cref="Country"/> an ISO 3166-1 alpha-2 code and <see cref="Region"/> the state or province ("NY" or
/// "New York"); <see cref="PreferredTimes"/> are in <see cref="TimeZone"/> (IANA): morning 06–12, afternoon 12–17,
/// evening 17–22.
/// </summary>
public sealed record IntakeRequest(
    string[]? Concerns,
    string[]? Languages,
    SessionModality? Modality,
    long? MinPriceMinor,
    long MaxPriceMinor,
    string Currency,
    string Country,
    string? Region,
    string TimeZone,
    PreferredTime[]? PreferredTimes)
{
    public ClientIntake ToIntake() =>
        new(Concerns ?? [], Languages ?? [], Modality, MinPriceMinor, MaxPriceMinor, Currency ?? "", Country ?? "", Region, TimeZone ?? "", PreferredTimes ?? []);
}

/// <summary>The client's intake as saved: codes normalised, a US state or Canadian province as its code.</summary>
public sealed record IntakeResponse(
    string[] Concerns,
    string[] Languages,
    SessionModality? Modality,
    long? MinPriceMinor,
    long MaxPriceMinor,
    string Currency,
    string Country,
    string? Region,
    string TimeZone,
    PreferredTime[] PreferredTimes,
    DateTimeOffset SavedAt)
{
    public static IntakeResponse From(SavedIntake saved)
    {
        var i = saved.Intake;
        return new(i.Concerns, i.Languages, i.Modality, i.MinPriceMinor, i.MaxPriceMinor, i.Currency, i.Country, i.Region, i.TimeZone, i.PreferredTimes, saved.SavedAt);
    }
}

/// <summary>
/// Suggested counselors, best first. When <see cref="Urgent"/>, the crisis lines for the client's country come with
/// it and <see cref="Soonest"/> is the earliest free session among the matches. <see cref="Message"/> says what to do
/// when <see cref="Matches"/> is empty.
/// </summary>
public sealed record MatchResponse(
    bool Urgent,
    CrisisResources? CrisisResources,
    SoonestSession? Soonest,
    string? Message,
    bool Saved,
    CounselorMatchResponse[] Matches);

/// <summary>
/// One suggestion: the counselor as the directory shows them, a <see cref="Score"/> of 0 to 100, the
/// <see cref="Reasons"/> in plain words, the next free time and a few free times in the client's preferred windows
/// (the next two weeks).
/// </summary>
public sealed record CounselorMatchResponse(
    Guid Id,
    string DisplayName,
    string Bio,
    string[] Specialties,
    string[] Languages,
    SessionModality[] Modalities,
    Money PricePerSession,
    int[] SessionLengthsMinutes,
    string TimeZone,
    string Jurisdiction,
    int Score,
    string[] Reasons,
    DateTimeOffset? NextFreeSlot,
    Slot[] Slots)
{
    public static CounselorMatchResponse From(CounselorMatch m) => new(
        m.CounselorId, m.Profile.DisplayName, m.Profile.Bio, m.Profile.Specialties, m.Profile.Languages, m.Profile.Modalities,
        m.Profile.PricePerSession, m.Profile.SessionLengthsMinutes, m.Profile.TimeZone, m.Jurisdiction, m.Score, m.Reasons, m.NextFreeSlot, m.PreferredSlots);
}
