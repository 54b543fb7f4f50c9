using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Shared;
using Counseling.Grains.Sessions;

namespace Counseling.UnitTests.Sessions;

public sealed class SessionRulesTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 15, 30, 0, TimeSpan.Zero);
    private static readonly SessionOptions Room = new();

    private static AppointmentSummary Booked(AppointmentStatus status = AppointmentStatus.Confirmed) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "Dr. Rivera", Guid.NewGuid(), "Sam", Start, Start.AddMinutes(50), SessionModality.Chat, status,
            new Money(9000, "USD"), null, null, null, false, null, Start.AddDays(-7), "UTC", null);

    [Fact]
    public void TheRoomIsOpenFromTenMinutesBeforeToTenMinutesAfter()
    {
        var a = Booked();
        Assert.Equal(ErrorCodes.NotOpen, SessionRules.CheckOpen(a, a.ClientId, Start.AddMinutes(-11), Room)?.Code);
        Assert.Null(SessionRules.CheckOpen(a, a.ClientId, Start.AddMinutes(-10), Room));
        Assert.Null(SessionRules.CheckOpen(a, a.CounselorId, Start.AddMinutes(59), Room));
        Assert.Equal(ErrorCodes.Ended, SessionRules.CheckOpen(a, a.ClientId, Start.AddMinutes(60), Room)?.Code);
    }

    [Fact]
    public void ARoomNotOpenYetSaysTheInstantItOpensSoThatEachReaderSeesItInTheirOwnZone()
    {
        var a = Booked();
        var early = SessionRules.CheckOpen(a, a.ClientId, Start.AddHours(-3), new SessionOptions { OpensBefore = TimeSpan.FromMinutes(15) });
        Assert.Equal("The room opens at 2026-12-03T15:15:00Z, 15 minutes before the start.", early?.Message);
    }

    [Fact]
    public void NobodyElseGetsInAndACancelledSessionSaysSoInWords()
    {
        var a = Booked();
        Assert.Equal(ErrorCodes.NotParticipant, SessionRules.CheckOpen(a, Guid.NewGuid(), Start, Room)?.Code);
        Assert.Equal(ErrorCodes.NotParticipant, SessionRules.CheckOpen(null, a.ClientId, Start, Room)?.Code);
        var cancelled = SessionRules.CheckOpen(a with { Status = AppointmentStatus.CancelledByCounselor }, a.ClientId, Start, Room);
        Assert.Equal(ErrorCodes.Ended, cancelled?.Code);
        Assert.Contains("cancelled", cancelled!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ok-1", "hello", null)]
    [InlineData("has space", "hello", ErrorCodes.BadId)]
    [InlineData("ok-2", "   ", ErrorCodes.Empty)]
    public void AMessageNeedsAnIdAndSomeText(string id, string body, string? code) =>
        Assert.Equal(code, SessionRules.CheckMessage(id, body)?.Code);

    [Fact]
    public void AMessageOverFourKilobytesIsRefused() =>
        Assert.Equal(ErrorCodes.TooLong, SessionRules.CheckMessage("id", new string('é', 2049))?.Code); // 4,098 bytes in UTF-8

    [Fact]
    public void ASendersBucketEmptiesAtTheBurstAndBelongsToThatSenderAlone()
    {
        var limits = new SenderLimits(3, 1);
        var alice = Guid.NewGuid();
        Assert.Equal([true, true, true, false], Enumerable.Range(0, 4).Select(_ => limits.TryTake(alice)));
        Assert.True(limits.TryTake(Guid.NewGuid()));
    }

    [Fact]
    public void RecentIdsForgetTheOldestBeyondTheirCapacity()
    {
        var recent = new RecentMessageIds(capacity: 2);
        recent.Remember("a", 1);
        recent.Remember("b", 2);
        recent.Remember("c", 3);
        Assert.False(recent.TryGet("a", out _));
        Assert.True(recent.TryGet("c", out var sequence));
        Assert.Equal(3, sequence);
    }
}
