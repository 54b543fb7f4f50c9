using System.ComponentModel.DataAnnotations;
using Counseling.GrainInterfaces.Assessments;

namespace Counseling.Api.Contracts;

/// <summary>
/// Answers in item order, each 0–3. <see cref="Country"/> is where the person is now (ISO 3166 code such as "US"), to
/// show the crisis lines that reach them; the answers never leave the platform.
/// </summary>
public sealed record AssessmentRequest(
    [property: Required(ErrorMessage = "Choose the assessment: phq-9 or gad-7.")] string Instrument,
    [property: Required(ErrorMessage = "Answer every question.")] int[] Answers,
    int? Difficulty,
    Guid? AppointmentId,
    [property: RegularExpression("^[A-Za-z]{2}$", ErrorMessage = "Give the country as a two-letter code, such as US.")] string? Country = null);

/// <summary>A stored response, scored, with crisis resources whenever a safety flag is raised.</summary>
public sealed record AssessmentResult(
    Guid Id,
    string Instrument,
    int[] Answers,
    int? Difficulty,
    int Total,
    string Band,
    string[] Flags,
    Guid? AppointmentId,
    DateTimeOffset SubmittedAt,
    CrisisResources? CrisisResources)
{
    public static AssessmentResult From(AssessmentResponse r, CrisisResources? resources = null) =>
        new(r.Id, r.Instrument, r.Answers, r.Difficulty, r.Total, r.Band, r.Flags, r.AppointmentId, r.SubmittedAt, resources);
}

/// <summary>Where to turn now, for one country (or the list for anywhere else).</summary>
public sealed record CrisisResources(string Country, string Headline, CrisisResource[] Resources);

/// <summary>
/// One line or service: how to reach it (<see cref="Href"/> is a tel:, sms: or https: link), and when to use it.
/// </summary>
public sealed record CrisisResource(string Name, string Contact, string Href, string Description);

public sealed record NoteRequest(
    [property: Required(ErrorMessage = "Write what was done."), MinLength(1, ErrorMessage = "Write what was done."), MaxLength(2000, ErrorMessage = "Keep the note to 2,000 characters or fewer.")] string Note);

public sealed record OnCallRequest(bool OnCall);

public sealed record OnCallResponse(bool OnCall, int OperatorsOnCall);

public sealed record AlertCreated(Guid AlertId);

/// <summary>
/// A re-assessment schedule as a counselor sets it. Left out, a check-in stays open 4 days, the client is reminded after
/// 2 and the counselor is told after 2 missed in a row.
/// </summary>
public sealed record ScheduleRequest(
    [property: Required(ErrorMessage = "Choose how often: before-every-session, before-every-other-session, every-n-weeks or once.")] ReassessmentCadence? Cadence,
    [property: Required(ErrorMessage = "Choose at least one assessment: phq-9, gad-7 or both.")] string[] Instruments,
    int? EveryWeeks = null,
    int? ExpiresAfterDays = null,
    int? RemindAfterDays = null,
    int? TellAfterMissed = null)
{
    public ReassessmentPlan ToPlan() => new(Cadence!.Value, Instruments, EveryWeeks,
        ExpiresAfterDays ?? ReassessmentPlan.DefaultExpiresAfterDays,
        RemindAfterDays ?? ReassessmentPlan.DefaultRemindAfterDays,
        TellAfterMissed ?? ReassessmentPlan.DefaultTellAfterMissed);
}
