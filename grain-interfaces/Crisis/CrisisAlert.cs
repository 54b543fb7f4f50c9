namespace Counseling.GrainInterfaces.Crisis;

/// <summary>
/// A crisis alert as staff see it: whom it is about, why, the deadline for acknowledging it, how far it has escalated,
/// and every step it went through.
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.CrisisAlert")]
public sealed record CrisisAlert(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid ClientId,
    [property: Id(2)] string ClientName,
    [property: Id(3)] Guid? CounselorId,
    [property: Id(4)] string Reason,
    [property: Id(5)] Guid? AssessmentId,
    [property: Id(6)] Guid? RaisedBy,
    [property: Id(7)] DateTimeOffset CreatedAt,
    [property: Id(8)] DateTimeOffset AcknowledgeBy,
    [property: Id(9)] CrisisAlertStatus Status,
    [property: Id(10)] int EscalationStep,
    [property: Id(11)] CrisisAlertEvent[] Trail);
