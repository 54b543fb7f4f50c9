using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Shared;
using Counseling.Grains.Booking;

namespace Counseling.UnitTests.Booking;

public sealed class AppointmentScheduleTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 15, 30, 0, TimeSpan.Zero);
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(10);

    private static AppointmentSummary Booked(AppointmentStatus status = AppointmentStatus.Confirmed, DateTimeOffset? holdUntil = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "Dr. Rivera", Guid.NewGuid(), "Sam", Start, Start.AddMinutes(50), SessionModality.Video, status,
            new Money(9000, "USD"), holdUntil, null, null, false, null, Start.AddDays(-7), "UTC", null);

    [Fact]
    public void ASessionBookedDaysAheadGetsBothNoticesAndItsClosing() =>
        Assert.Equal(
            [(AppointmentSchedule.SessionClose, Start.AddMinutes(60)), (AppointmentSchedule.DayBefore, Start.AddHours(-24)), (AppointmentSchedule.HourBefore, Start.AddHours(-1))],
            AppointmentSchedule.ForBookedSession(Booked(), Start.AddDays(-3), Grace));

    [Fact]
    public void ASessionBookedThreeHoursAheadSkipsTheDayBeforeNotice() =>
        Assert.Equal([AppointmentSchedule.SessionClose, AppointmentSchedule.HourBefore],
            AppointmentSchedule.ForBookedSession(Booked(), Start.AddHours(-3), Grace).Select(r => r.Name));

    [Fact]
    public void AReminderThatWakesEarlyWaitsForItsInstant()
    {
        var now = Start.AddDays(-1);
        Assert.Equal(now.AddMinutes(10), AppointmentSchedule.DueAt(AppointmentSchedule.HoldExpiry, Booked(AppointmentStatus.Held, now.AddMinutes(10)), now, Grace));
        Assert.Equal(Start.AddMinutes(60), AppointmentSchedule.DueAt(AppointmentSchedule.SessionClose, Booked(), now, Grace));
        Assert.Equal(now, AppointmentSchedule.DueAt(AppointmentSchedule.DayBefore, Booked(), now, Grace));
        Assert.Equal(now, AppointmentSchedule.DueAt(AppointmentSchedule.HoldExpiry, Booked(), now, Grace)); // no longer held: nothing to wait for
    }
}
