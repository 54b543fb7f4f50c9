namespace Counseling.GrainInterfaces.Assessments;

/// <summary>A client's re-assessment schedule as the counselor and the client see it; <see cref="Plan"/> is null when there is none.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.ReassessmentSchedule")]
public sealed record ReassessmentSchedule(
    [property: Id(0)] Guid ClientId,
    [property: Id(1)] ReassessmentPlan? Plan,
    [property: Id(2)] Guid? SetBy,
    [property: Id(3)] DateTimeOffset? SetAt,
    [property: Id(4)] ReassessmentRequest[] Requests,
    [property: Id(5)] int MissedInARow);
