using Counseling.Api.Scheduling;
using Counseling.GrainInterfaces.Accounts;

namespace Counseling.UnitTests.Api;

public sealed class ViewerTimeTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 15, 30, 0, TimeSpan.Zero);

    [Fact]
    public void AReceiptTimeIsInTheReadersZoneWithTheZoneNamed()
    {
        Assert.Equal("Thu, Dec 3, 2026, 10:30 AM EST", ViewerTime.ForReader(At, "America/New_York", ClockStyle.Auto));
        Assert.Equal("Thu, Dec 3, 2026, 09:30 CST", ViewerTime.ForReader(At, "America/Chicago", ClockStyle.TwentyFourHour));
        Assert.Equal("Fri, Dec 4, 2026, 12:30 AM JST", ViewerTime.ForReader(At, "Asia/Tokyo", ClockStyle.TwelveHour));
    }

    [Fact]
    public void TheProfilesZoneWinsThenTheBrowsersThenUtc()
    {
        var profile = new UserProfile(Guid.NewGuid(), "a@example.org", "A", UserRole.Client, At, "Europe/Berlin", ClockStyle.TwentyFourHour);
        Assert.Equal(("Europe/Berlin", ClockStyle.TwentyFourHour), ViewerTime.ReaderZone(profile, "Asia/Tokyo"));
        Assert.Equal(("Asia/Tokyo", ClockStyle.Auto), ViewerTime.ReaderZone(profile with { TimeZone = null, Clock = ClockStyle.Auto }, " Asia/Tokyo "));
        Assert.Equal(("UTC", ClockStyle.Auto), ViewerTime.ReaderZone(null, "Mars/Olympus"));
    }
}
