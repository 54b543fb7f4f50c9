namespace Counseling.GrainInterfaces.Notifications;

/// <summary>Something a user should know about. <see cref="Kind"/> is a stable code clients can branch on.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.Notification")]
public sealed record Notification(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Kind,
    [property: Id(2)] string Title,
    [property: Id(3)] string Body,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] Guid? AppointmentId,
    [property: Id(6)] bool Read = false);
