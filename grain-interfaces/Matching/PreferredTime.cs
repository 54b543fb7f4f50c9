namespace Counseling.GrainInterfaces.Matching;

/// <summary>A time of the week a client would like to meet: a day and a part of it, in the client's time zone.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.PreferredTime")]
public sealed record PreferredTime(
    [property: Id(0)] DayOfWeek Day,
    [property: Id(1)] DayPart Part);
