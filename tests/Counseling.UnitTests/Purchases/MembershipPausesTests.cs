using Counseling.Grains.Purchases;

namespace Counseling.UnitTests.Purchases;

public sealed class MembershipPausesTests
{
    private static readonly DateTimeOffset PausedAt = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(3, 0, 3)] // resumed at once
    [InlineData(3, 5, 3)] // after a few seconds: no day used
    [InlineData(3, 23 * 3600 + 59 * 60, 3)] // still within the first day
    [InlineData(3, 24 * 3600, 2)] // one whole day paused
    [InlineData(3, 47 * 3600, 2)] // a day and most of another: one day
    [InlineData(7, 6 * 86400 + 1, 1)]
    public void OnlyWholeDaysActuallyPausedAreUsed(int days, int secondsPaused, int givenBack) =>
        Assert.Equal(givenBack, MembershipPauses.DaysGivenBack(PausedAt.AddDays(days), PausedAt.AddSeconds(secondsPaused)));

    [Fact]
    public void APauseThatRanItsCourseGivesNothingBack()
    {
        Assert.Equal(0, MembershipPauses.DaysGivenBack(PausedAt.AddDays(2), PausedAt.AddDays(2)));
        Assert.Equal(0, MembershipPauses.DaysGivenBack(PausedAt.AddDays(2), PausedAt.AddDays(3)));
    }
}
