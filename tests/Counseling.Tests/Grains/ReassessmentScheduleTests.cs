using Counseling.GrainInterfaces.Assessments;
using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Notifications;
using Counseling.GrainInterfaces.Shared;
using Counseling.Grains.Assessments;

namespace Counseling.Tests.Grains;

/// <summary>
/// Re-assessment schedules on the cluster with the tests' own clock: each reminder tick is fired twice by hand, as
/// Orleans may fire it, and must do everything once.
/// </summary>
[Collection(RealReminderCollection.Name)]
public sealed class ReassessmentScheduleTests(RealReminderFixture fixture)
{
    private static readonly int[] Moderate = [2, 2, 2, 2, 2, 0, 0, 0, 0];

    private async Task TickTwiceAsync(Guid clientId)
    {
        var remindable = fixture.Grains.GetGrain<IReassessmentGrain>(clientId).AsReference<IRemindable>();
        var tick = new TickStatus(DateTime.UtcNow, TimeSpan.FromHours(1), DateTime.UtcNow);
        await remindable.ReceiveReminder(ReassessmentGrain.Reminder, tick);
        await remindable.ReceiveReminder(ReassessmentGrain.Reminder, tick);
    }

    private async Task<Notification[]> InboxAsync(Guid user, string kind) =>
        [.. (await fixture.Grains.GetGrain<IInboxGrain>(user).ListAsync(100)).Where(n => n.Kind == kind)];

    [Fact]
    public async Task AWeeklyCheckInIsSentRemindedAndLapsesOnceEachAndTwoMissedInARowTellTheCounselorOnce()
    {
        var (client, counselor) = (Guid.NewGuid(), Guid.NewGuid());
        var schedule = fixture.Grains.GetGrain<IReassessmentGrain>(client);
        var set = await schedule.SetPlanAsync(counselor, new ReassessmentPlan(ReassessmentCadence.EveryNWeeks, ["PHQ-9"], EveryWeeks: 1));
        Assert.True(set.Succeeded, set.Error?.Message);
        Assert.Equal(["phq-9"], set.Value!.Plan!.Instruments);
        await TickTwiceAsync(client);
        var first = Assert.Single((await schedule.GetAsync()).Requests);
        Assert.True(first.IsOpen());
        Assert.Single(await InboxAsync(client, NotificationKinds.AssessmentRequested));

        fixture.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        await TickTwiceAsync(client);
        Assert.NotNull(Assert.Single((await schedule.GetAsync()).Requests).RemindedAt);
        Assert.Single(await InboxAsync(client, NotificationKinds.AssessmentReminder));

        fixture.Clock.Advance(TimeSpan.FromDays(2));
        await TickTwiceAsync(client);
        var lapsed = await schedule.GetAsync();
        Assert.NotNull(Assert.Single(lapsed.Requests).MissedAt);
        Assert.Equal(1, lapsed.MissedInARow);
        Assert.Empty(await InboxAsync(counselor, NotificationKinds.AssessmentsMissed));

        fixture.Clock.Advance(TimeSpan.FromDays(3)); // a week after the first: the second check-in
        await TickTwiceAsync(client);
        Assert.Equal(2, (await schedule.GetAsync()).Requests.Length);
        Assert.Equal(2, (await InboxAsync(client, NotificationKinds.AssessmentRequested)).Length);

        fixture.Clock.Advance(TimeSpan.FromDays(4) + TimeSpan.FromMinutes(1));
        await TickTwiceAsync(client);
        var missedTwice = await schedule.GetAsync();
        Assert.Equal(2, missedTwice.MissedInARow);
        Assert.Single(await InboxAsync(counselor, NotificationKinds.AssessmentsMissed));
        Assert.Single(await InboxAsync(client, NotificationKinds.AssessmentReminder)); // the second lapsed before anyone would have reminded
    }

    [Fact]
    public async Task ACheckInBeforeEachSessionGoesOutADayAheadAndAnAnswerCompletesIt()
    {
        var (client, counselor) = (Guid.NewGuid(), Guid.NewGuid());
        var start = fixture.Clock.GetUtcNow().AddDays(3);
        await BookAsync(client, counselor, start);
        await BookAsync(client, Guid.NewGuid(), start.AddHours(2)); // another counselor's session asks nothing
        var schedule = fixture.Grains.GetGrain<IReassessmentGrain>(client);
        Assert.True((await schedule.SetPlanAsync(counselor, new ReassessmentPlan(ReassessmentCadence.BeforeEverySession, ["phq-9", "gad-7"]))).Succeeded);
        await TickTwiceAsync(client);
        Assert.Empty((await schedule.GetAsync()).Requests); // three days ahead: not yet

        fixture.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        await TickTwiceAsync(client);
        var request = Assert.Single((await schedule.GetAsync()).Requests);
        Assert.Equal(start, request.SessionStart);
        var sent = Assert.Single(await InboxAsync(client, NotificationKinds.AssessmentRequested));
        Assert.Equal([start], sent.Times ?? []);

        var care = fixture.Grains.GetGrain<ICareGrain>(client);
        Assert.True((await care.SubmitAsync(new AssessmentSubmission("phq-9", Moderate, null, null, null))).Succeeded);
        var half = Assert.Single((await schedule.GetAsync()).Requests);
        Assert.Equal(["phq-9"], half.Answered);
        Assert.True(half.IsOpen()); // GAD-7 still outstanding
        Assert.True((await care.SubmitAsync(new AssessmentSubmission("gad-7", [1, 1, 1, 1, 1, 1, 1], null, null, null))).Succeeded);
        var done = Assert.Single((await schedule.GetAsync()).Requests);
        Assert.NotNull(done.CompletedAt);

        fixture.Clock.Advance(TimeSpan.FromDays(5));
        await TickTwiceAsync(client);
        Assert.Equal(0, (await schedule.GetAsync()).MissedInARow); // answered: never lapses
    }

    [Fact]
    public async Task EveryOtherSessionAsksBeforeTheFirstAndThirdAndAStoppedScheduleAsksNothingMore()
    {
        var (client, counselor) = (Guid.NewGuid(), Guid.NewGuid());
        var now = fixture.Clock.GetUtcNow();
        var schedule = fixture.Grains.GetGrain<IReassessmentGrain>(client);
        Assert.True((await schedule.SetPlanAsync(counselor, new ReassessmentPlan(ReassessmentCadence.BeforeEveryOtherSession, ["gad-7"]))).Succeeded);
        var sessions = new[] { now.AddHours(5), now.AddDays(7), now.AddDays(14) };
        foreach (var s in sessions)
        {
            await BookAsync(client, counselor, s);
        }

        await TickTwiceAsync(client); // the first is within a day: asked at once
        Assert.Equal([sessions[0]], (await schedule.GetAsync()).Requests.Select(r => r.SessionStart));

        fixture.Clock.Advance(TimeSpan.FromDays(6) + TimeSpan.FromMinutes(1)); // a day before the second: not asked
        await TickTwiceAsync(client);
        Assert.Single((await schedule.GetAsync()).Requests);

        fixture.Clock.Advance(TimeSpan.FromDays(7)); // a day before the third
        await TickTwiceAsync(client);
        Assert.Equal([sessions[2], sessions[0]], (await schedule.GetAsync()).Requests.Select(r => r.SessionStart));

        Assert.True((await schedule.SetPlanAsync(counselor, null)).Succeeded);
        await BookAsync(client, counselor, fixture.Clock.GetUtcNow().AddHours(6));
        await TickTwiceAsync(client);
        Assert.Equal(2, (await schedule.GetAsync()).Requests.Length);
    }

    [Theory]
    [InlineData(ReassessmentCadence.EveryNWeeks, null, 4, 2, 2, "everyWeeks")]
    [InlineData(ReassessmentCadence.Once, null, 31, 2, 2, "expiresAfterDays")]
    [InlineData(ReassessmentCadence.Once, null, 4, 4, 2, "remindAfterDays")]
    [InlineData(ReassessmentCadence.Once, null, 4, 2, 0, "tellAfterMissed")]
    public async Task AnImpossibleScheduleIsRefusedByNameAndNothingChanges(ReassessmentCadence cadence, int? weeks, int expires, int remind, int tell, string field)
    {
        var schedule = fixture.Grains.GetGrain<IReassessmentGrain>(Guid.NewGuid());
        var refused = await schedule.SetPlanAsync(Guid.NewGuid(), new ReassessmentPlan(cadence, ["phq-9"], weeks, expires, remind, tell));
        Assert.Equal((ErrorCodes.Validation, field), (refused.Error!.Code, refused.Error.Field));
        Assert.Null((await schedule.GetAsync()).Plan);
    }

    private async Task BookAsync(Guid client, Guid counselor, DateTimeOffset start) =>
        await fixture.Grains.GetGrain<IAppointmentBookGrain>(client).UpsertAsync(new AppointmentSummary(
            Guid.NewGuid(), counselor, "Dr. Schedule", client, "Sam Client", start, start.AddMinutes(50), SessionModality.Video,
            AppointmentStatus.Confirmed, new Money(9000, "USD"), null, null, null, false, null, fixture.Clock.GetUtcNow(), "UTC", null));
}
