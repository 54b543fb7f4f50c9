namespace Counseling.GrainInterfaces.Assessments;

/// <summary>
/// A submitted response as stored: never changed after it is written. <see cref="Answers"/> are in the
/// instrument's item order; the total, band and flags are what the response scored when it was submitted.
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.AssessmentResponse")]
public sealed record AssessmentResponse(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid ClientId,
    [property: Id(2)] string Instrument,
    [property: Id(3)] int[] Answers,
    [property: Id(4)] int? Difficulty,
    [property: Id(5)] int Total,
    [property: Id(6)] string Band,
    [property: Id(7)] string[] Flags,
    [property: Id(8)] Guid? AppointmentId,
    [property: Id(9)] DateTimeOffset SubmittedAt)
{
    public bool HasFlag(string flag) => Flags.Contains(flag);
}
