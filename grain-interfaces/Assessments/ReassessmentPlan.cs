namespace Counseling.GrainInterfaces.Assessments;

/// <summary>
/// What a counselor asks of a client: which instruments, how often, how long each request stays open
/// (<see cref="ExpiresAfterDays"/>, 1–30), when the client is reminded (<see cref="RemindAfterDays"/> after it was sent)
/// and after how many missed in a row the counselor is told.
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.ReassessmentPlan")]
public sealed record ReassessmentPlan(
    [property: Id(0)] ReassessmentCadence Cadence,
    [property: Id(1)] string[] Instruments,
    [property: Id(2)] int? EveryWeeks = null,
    [property: Id(3)] int ExpiresAfterDays = ReassessmentPlan.DefaultExpiresAfterDays,
    [property: Id(4)] int RemindAfterDays = ReassessmentPlan.DefaultRemindAfterDays,
    [property: Id(5)] int TellAfterMissed = ReassessmentPlan.DefaultTellAfterMissed)
{
    public const int DefaultExpiresAfterDays = 4;
    public const int DefaultRemindAfterDays = 2;
    public const int DefaultTellAfterMissed = 2;
}
