namespace Counseling.GrainInterfaces.Assessments;

/// <summary>
/// A client's answers to one instrument, in item order. <see cref="IdempotencyKey"/> makes a repeated submission (a
/// retry after a lost response) return the first result instead of storing a second one.
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.AssessmentSubmission")]
public sealed record AssessmentSubmission(
    [property: Id(0)] string Instrument,
    [property: Id(1)] int[] Answers,
    [property: Id(2)] int? Difficulty,
    [property: Id(3)] Guid? AppointmentId,
    [property: Id(4)] string? IdempotencyKey);
