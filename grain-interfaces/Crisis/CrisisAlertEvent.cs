namespace Counseling.GrainInterfaces.Crisis;

/// <summary>
/// One step in an alert's audit trail: created, delivered (to whom), seen, acknowledged, escalated, resolved.
/// <see cref="UserId"/> is whom it was delivered to or who acted.
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.CrisisAlertEvent")]
public sealed record CrisisAlertEvent(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Kind,
    [property: Id(2)] Guid? UserId,
    [property: Id(3)] string? Note)
{
    public const string Created = "created";
    public const string Delivered = "delivered";
    public const string Seen = "seen";
    public const string Acknowledged = "acknowledged";
    public const string Escalated = "escalated";
    public const string Resolved = "resolved";
}
