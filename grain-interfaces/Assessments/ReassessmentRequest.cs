namespace Counseling.GrainInterfaces.Assessments;

/// <summary>
/// One time the client was asked to assess. <see cref="Occasion"/> names what it is for ("session:{id}", "week:3",
/// "once") so that a reminder firing twice never asks twice; an answer to each instrument completes it, and one still
/// open at <see cref="ExpiresAt"/> counts as missed.
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.ReassessmentRequest")]
public sealed record ReassessmentRequest(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Occasion,
    [property: Id(2)] string[] Instruments,
    [property: Id(3)] DateTimeOffset SentAt,
    [property: Id(4)] DateTimeOffset ExpiresAt,
    [property: Id(5)] DateTimeOffset? SessionStart,
    [property: Id(6)] string[] Answered,
    [property: Id(7)] DateTimeOffset? RemindedAt,
    [property: Id(8)] DateTimeOffset? CompletedAt,
    [property: Id(9)] DateTimeOffset? MissedAt)
{
    public bool IsOpen() => CompletedAt is null && MissedAt is null;

    public string[] Outstanding() => [.. Instruments.Except(Answered)];
}
