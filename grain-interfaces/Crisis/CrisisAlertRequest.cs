namespace Counseling.GrainInterfaces.Crisis;

/// <summary>
/// What raises an alert: a self-harm answer (<see cref="AssessmentId"/> set) or a counselor's concern
/// (<see cref="RaisedBy"/> set). <see cref="CounselorId"/> is the client's counselor, when they have one.
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.CrisisAlertRequest")]
public sealed record CrisisAlertRequest(
    [property: Id(0)] Guid ClientId,
    [property: Id(1)] string ClientName,
    [property: Id(2)] Guid? CounselorId,
    [property: Id(3)] string Reason,
    [property: Id(4)] Guid? AssessmentId,
    [property: Id(5)] Guid? RaisedBy,
    [property: Id(6)] DateTimeOffset RaisedAt);
