namespace Counseling.GrainInterfaces.Notifications;

/// <summary>
/// Something a user should know about. <see cref="Kind"/> is a stable code clients can branch on. Times are never
/// written into the text: "{time:0}" (a day and time) or "{date:0}" (a date) in <see cref="Title"/> or
/// <see cref="Body"/> stands for the instant at that index of <see cref="Times"/>, and the reader's client writes it
/// in the reader's own zone and clock style. <see cref="SubjectId"/> is what the notification is about when that is
/// not an appointment: the alert of a <c>crisis-alert</c>, the client of a <c>score-worsened</c>.
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.Notification")]
public sealed record Notification(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Kind,
    [property: Id(2)] string Title,
    [property: Id(3)] string Body,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] Guid? AppointmentId,
    [property: Id(6)] bool Read = false,
    [property: Id(7)] DateTimeOffset[]? Times = null,
    [property: Id(8)] Guid? SubjectId = null);
