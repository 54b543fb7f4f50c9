namespace Counseling.GrainInterfaces.Counselors;

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
