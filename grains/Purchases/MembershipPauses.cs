namespace Counseling.Grains.Purchases;

/// <summary>
/// How a pause counts against the days a cycle allows (<see cref="MembershipOptions.MaxPauseDaysPerCycle"/>). Only
/// whole days actually paused count, rounded down, and the cycle stays lengthened by just those days: a pause ended
/// within its first day costs nothing and adds nothing, so trying the button or pausing by mistake never uses a day.
/// Pure, so the rule is tested without a cluster.
/// </summary>
public static class MembershipPauses
{
    /// <summary>
    /// The days of a pause that go back when it ends early. A pause is booked in whole days, so the days still to come,
    /// rounded up, are the booked days less the whole days already paused.
    /// </summary>
    public static int DaysGivenBack(DateTimeOffset pausedUntil, DateTimeOffset now)
    {
        var left = pausedUntil - now;
        return left <= TimeSpan.Zero ? 0 : (int)((left.Ticks + TimeSpan.TicksPerDay - 1) / TimeSpan.TicksPerDay);
    }
}
