namespace Counseling.GrainInterfaces.Assessments;

/// <summary>
/// A client flagged as at risk of harm: set by a positive self-harm answer or a counselor's concern, and cleared only
/// by staff, with a note. Shown to the client's counselor wherever they meet the client.
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.HighRiskFlag")]
public sealed record HighRiskFlag(
    [property: Id(0)] DateTimeOffset Since,
    [property: Id(1)] string Reason,
    [property: Id(2)] Guid? AlertId);

/// <summary>One change of a client's high-risk flag, for the record staff read.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.HighRiskChange")]
public sealed record HighRiskChange(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] bool Raised,
    [property: Id(2)] Guid? ByUserId,
    [property: Id(3)] string Note,
    [property: Id(4)] Guid? AlertId);
