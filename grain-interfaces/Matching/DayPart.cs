namespace Counseling.GrainInterfaces.Matching;

/// <summary>A part of the day a client prefers to meet in, in the client's own time zone.</summary>
[GenerateSerializer, Alias("Counseling.DayPart")]
public enum DayPart
{
    /// <summary>06:00 to 12:00.</summary>
    Morning = 0,

    /// <summary>12:00 to 17:00.</summary>
    Afternoon = 1,

    /// <summary>17:00 to 22:00.</summary>
    Evening = 2,
}

/// <summary>The wall-clock hours of each part of the day: a session starting inside them is "in" that part.</summary>
public static class DayParts
{
    public static (TimeOnly From, TimeOnly To) Hours(this DayPart part) => part switch
    {
        DayPart.Morning => (new TimeOnly(6, 0), new TimeOnly(12, 0)),
        DayPart.Afternoon => (new TimeOnly(12, 0), new TimeOnly(17, 0)),
        DayPart.Evening => (new TimeOnly(17, 0), new TimeOnly(22, 0)),
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, null),
    };

    /// <summary>The part of the day a wall-clock time falls in, or null at night (22:00 to 06:00).</summary>
    public static DayPart? Of(TimeOnly time) =>
        Enum.GetValues<DayPart>().Select(p => (DayPart?)p).FirstOrDefault(p => time >= p!.Value.Hours().From && time < p.Value.Hours().To);
}
