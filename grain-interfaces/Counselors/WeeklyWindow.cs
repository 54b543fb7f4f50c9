namespace Counseling.GrainInterfaces.Counselors;

/// <summary>A recurring weekly window, in the counselor's own time zone (wall-clock times).</summary>
[GenerateSerializer, Immutable, Alias("Counseling.WeeklyWindow")]
public sealed record WeeklyWindow(
    [property: Id(0)] DayOfWeek Day,
    [property: Id(1)] TimeOnly Start,
    [property: Id(2)] TimeOnly End);
