using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Sessions;
using Counseling.GrainInterfaces.Shared;

namespace Counseling.Tests.Grains;

/// <summary>When the room opens and closes, and what attendance makes of the appointment (on the fake clock).</summary>
[Collection(FakeClockCollection.Name)]
public sealed class SessionLifecycleTests(FakeClockFixture fixture)
{
    private static readonly TickStatus Tick = new(DateTime.UtcNow, TimeSpan.FromHours(1), DateTime.UtcNow);

    private async Task<AppointmentSummary> BookedAsync(TimeSpan ahead)
    {
        var counselor = await fixture.CounselorAsync();
        var client = Guid.NewGuid();
        var held = (await counselor.HoldAsync(new HoldRequest(client, "Client", fixture.SlotAhead(ahead), 50, SessionModality.Chat))).Value!;
        return (await fixture.Grains.GetGrain<IAppointmentGrain>(held.Id).ConfirmAsync(client, new PaymentReceipt("test", "p-" + held.Id, held.Price))).Value!;
    }

    private static void MoveTo(DateTimeOffset instant) => FakeClockFixture.Clock.Advance(instant - FakeClockFixture.Clock.GetUtcNow());

    [Fact]
    public async Task TheRoomOpensTenMinutesBeforeAndClosesTenMinutesAfter()
    {
        var a = await BookedAsync(TimeSpan.FromHours(2));
        var room = fixture.Grains.GetGrain<IChatSessionGrain>(a.Id);

        Assert.Equal("not-open", (await room.JoinAsync(a.ClientId, 0)).Error?.Code);
        Assert.Equal("not-open", (await room.SendAsync(a.ClientId, "early", "hello?")).Error?.Code);

        MoveTo(a.Start.AddMinutes(-10));
        Assert.Null((await room.JoinAsync(a.ClientId, 0)).Error);
        Assert.Equal(AppointmentStatus.InSession, (await fixture.Grains.GetGrain<IAppointmentGrain>(a.Id).GetAsync(a.ClientId))!.Status);

        MoveTo(a.End.AddMinutes(10));
        Assert.Equal("ended", (await room.SendAsync(a.ClientId, "late", "still here?")).Error?.Code);
        Assert.Empty((await room.HistoryAsync(a.ClientId, 0, 10)).Value!.Messages); // nothing refused was stored
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SomeoneWhoJoinedCannotBeReportedAsANoShow(bool clientJoined)
    {
        var a = await BookedAsync(TimeSpan.FromHours(2));
        var room = fixture.Grains.GetGrain<IChatSessionGrain>(a.Id);
        var appointment = fixture.Grains.GetGrain<IAppointmentGrain>(a.Id);
        MoveTo(a.Start.AddMinutes(5));
        Assert.Null((await room.JoinAsync(clientJoined ? a.ClientId : a.CounselorId, 0)).Error);

        var reporter = clientJoined ? a.CounselorId : a.ClientId;
        var refused = await appointment.MarkNoShowAsync(reporter);

        Assert.Equal(ErrorCodes.InvalidTransition, refused.Error?.Code);
        Assert.Contains("joined this session", refused.Error!.Message, StringComparison.Ordinal);
        var after = (await appointment.GetAsync(a.ClientId))!;
        Assert.Equal(AppointmentStatus.InSession, after.Status);
        Assert.False(after.ClientCredited);
        Assert.Equal(0, after.RefundedMinor);
    }

    [Fact]
    public async Task AnAbsentParticipantCanStillBeReportedAsANoShow()
    {
        var a = await BookedAsync(TimeSpan.FromHours(2));
        MoveTo(a.Start.AddMinutes(5));
        Assert.Null((await fixture.Grains.GetGrain<IChatSessionGrain>(a.Id).JoinAsync(a.CounselorId, 0)).Error);

        var marked = await fixture.Grains.GetGrain<IAppointmentGrain>(a.Id).MarkNoShowAsync(a.CounselorId);

        Assert.Equal(AppointmentStatus.NoShowClient, marked.Value?.Status);
    }

    [Fact]
    public async Task ResendingStoredMessagesAfterAFailoverIsNeverRateLimited()
    {
        var a = await BookedAsync(TimeSpan.FromHours(2));
        var room = fixture.Grains.GetGrain<IChatSessionGrain>(a.Id);
        MoveTo(a.Start);
        var first = new List<SentMessage>();
        for (var i = 0; i < 20; i++)
        {
            first.Add((await room.SendAsync(a.ClientId, $"before-{i}", $"message {i}")).Value!);
        }

        // The activation goes away (as when its silo dies) and forgets which ids it acknowledged.
        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        for (var i = 0; i < 40; i++)
        {
            await room.SendAsync(a.ClientId, $"after-{i}", "new"); // spends the new activation's allowance
        }

        var resent = new List<Result<SentMessage>>();
        for (var i = 0; i < 20; i++)
        {
            resent.Add(await room.SendAsync(a.ClientId, $"before-{i}", $"message {i}"));
        }

        Assert.All(resent, r => Assert.Null(r.Error));
        Assert.All(resent, r => Assert.True(r.Value!.Duplicate));
        Assert.Equal(first.Select(m => m.Sequence), resent.Select(r => r.Value!.Sequence));
    }

    [Fact]
    public async Task AFloodIsCutOffAtTheBurstAndNothingRefusedIsStored()
    {
        var a = await BookedAsync(TimeSpan.FromHours(2));
        var room = fixture.Grains.GetGrain<IChatSessionGrain>(a.Id);
        MoveTo(a.Start);

        var results = new List<Result<SentMessage>>();
        for (var i = 0; i < 40; i++)
        {
            results.Add(await room.SendAsync(a.ClientId, $"flood-{i}", $"message {i}"));
        }

        var accepted = results.Count(r => r.Error is null);
        Assert.InRange(accepted, 20, 39); // the default burst is 20; a few more may refill while sending
        Assert.Contains(results, r => r.Error?.Code == "rate-limited");
        var stored = await room.HistoryAsync(a.ClientId, 0, 500);
        Assert.Equal(accepted, stored.Value!.Messages.Length);
        Assert.Equal(Enumerable.Range(1, accepted).Select(i => (long)i), stored.Value!.Messages.Select(m => m.Sequence)); // still gap-free
        Assert.Null((await room.SendAsync(a.CounselorId, "other-side", "I can still talk")).Error); // per sender

        // The bucket refills with (real) time: a little later the client may send again.
        Result<SentMessage> again;
        var attempt = 0;
        do
        {
            await Task.Delay(250);
            again = await room.SendAsync(a.ClientId, $"later-{attempt++}", "Sorry, I was flooding.");
        }
        while (again.Error?.Code == "rate-limited" && attempt < 40);
        Assert.Null(again.Error);
    }

    [Theory]
    [InlineData(true, true, AppointmentStatus.Completed, false)]
    [InlineData(false, true, AppointmentStatus.NoShowClient, false)]
    [InlineData(true, false, AppointmentStatus.NoShowCounselor, true)]
    [InlineData(false, false, AppointmentStatus.NoShowCounselor, true)]
    public async Task WhenTheRoomClosesAttendanceDecidesTheOutcome(bool clientJoins, bool counselorJoins, AppointmentStatus expected, bool credited)
    {
        var a = await BookedAsync(TimeSpan.FromHours(2));
        var room = fixture.Grains.GetGrain<IChatSessionGrain>(a.Id);
        MoveTo(a.Start);
        if (clientJoins)
        {
            Assert.Null((await room.JoinAsync(a.ClientId, 0)).Error);
        }

        if (counselorJoins)
        {
            Assert.Null((await room.JoinAsync(a.CounselorId, 0)).Error);
        }

        var appointment = fixture.Grains.GetGrain<IAppointmentGrain>(a.Id);
        var remindable = appointment.AsReference<IRemindable>();
        await remindable.ReceiveReminder("session-close", Tick); // too early: nothing happens
        Assert.NotEqual(expected, (await appointment.GetAsync(a.ClientId))!.Status);

        MoveTo(a.End.AddMinutes(11));
        await remindable.ReceiveReminder("session-close", Tick);
        await remindable.ReceiveReminder("session-close", Tick); // a reminder may fire twice

        var closed = (await appointment.GetAsync(a.ClientId))!;
        Assert.Equal(expected, closed.Status);
        Assert.Equal(credited, closed.ClientCredited);
    }
}
