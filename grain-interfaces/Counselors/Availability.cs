namespace Counseling.GrainInterfaces.Counselors;

/// <summary>A recurring weekly window, in the counselor's own time zone (wall-clock times).</summary>
[GenerateSerializer, Immutable, Alias("Counseling.WeeklyWindow")]
public sealed record WeeklyWindow(
    [property: Id(0)] DayOfWeek Day,
    [property: Id(1)] TimeOnly Start,
    [property: Id(2)] TimeOnly End);

/// <summary>A wall-clock window on one date.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.LocalWindow")]
public sealed record LocalWindow(
    [property: Id(0)] TimeOnly Start,
    [property: Id(1)] TimeOnly End);

/// <summary>Replaces the weekly windows on one date; no windows means unavailable that day.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.DateOverride")]
public sealed record DateOverride(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] LocalWindow[] Windows);

/// <summary>Whole days off, inclusive, in the counselor's time zone.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.TimeOff")]
public sealed record TimeOff(
    [property: Id(0)] DateOnly From,
    [property: Id(1)] DateOnly To,
    [property: Id(2)] string? Note);

/// <summary>When a counselor can be booked. Times are wall-clock in the profile's time zone.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.Availability")]
public sealed record Availability(
    [property: Id(0)] WeeklyWindow[] Weekly,
    [property: Id(1)] DateOverride[] Overrides,
    [property: Id(2)] TimeOff[] TimeOff,
    [property: Id(3)] int BufferBeforeMinutes,
    [property: Id(4)] int BufferAfterMinutes,
    [property: Id(5)] int MinimumNoticeMinutes,
    [property: Id(6)] int HorizonDays,
    [property: Id(7)] int SlotIntervalMinutes)
{
    /// <summary>Nothing bookable until the counselor sets hours; sensible limits otherwise.</summary>
    public static Availability Empty { get; } = new([], [], [], 0, 10, 120, 60, 30);
}
