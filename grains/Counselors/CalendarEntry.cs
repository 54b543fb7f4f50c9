namespace Counseling.Grains.Counselors;

/// <summary>A slot taken on the counselor's calendar: held until <see cref="HoldExpiresAt"/>, or confirmed.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.CalendarEntry")]
public sealed record CalendarEntry(
    [property: Id(0)] Guid AppointmentId,
    [property: Id(1)] DateTimeOffset Start,
    [property: Id(2)] DateTimeOffset End,
    [property: Id(3)] bool Confirmed,
    [property: Id(4)] DateTimeOffset? HoldExpiresAt);
