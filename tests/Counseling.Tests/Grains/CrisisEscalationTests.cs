using Counseling.GrainInterfaces.Crisis;
using Counseling.GrainInterfaces.Notifications;
using Counseling.Grains.Crisis;
using Counseling.Tests.Infrastructure;

namespace Counseling.Tests.Grains;

/// <summary>
/// Escalation of unacknowledged crisis alerts on the cluster whose reminders Orleans fires within seconds, with the
/// default chain (at the deadline every operator; fifteen minutes later every operator and the counselor).
/// </summary>
[Collection(RealReminderCollection.Name)]
public sealed class CrisisEscalationTests(RealReminderFixture fixture)
{
    private async Task<(Guid Operator, Guid Counselor, ICrisisAlertGrain Alert)> RaiseAsync()
    {
        var op = Guid.NewGuid();
        await fixture.Grains.GetGrain<IOperatorRosterGrain>(0).EnlistAsync(op);
        var counselor = Guid.NewGuid();
        var alert = fixture.Grains.GetGrain<ICrisisAlertGrain>(Guid.NewGuid());
        await alert.RaiseAsync(new CrisisAlertRequest(Guid.NewGuid(), "Riley Client", counselor, "PHQ-9 question 9 answered “Several days”.", null, null, fixture.Clock.GetUtcNow()));
        return (op, counselor, alert);
    }

    private async Task<Notification[]> InboxAsync(Guid user, string kind) =>
        [.. (await fixture.Grains.GetGrain<IInboxGrain>(user).ListAsync(100)).Where(n => n.Kind == kind)];

    [Fact]
    public async Task OrleansEscalatesAnAlertNobodyAcknowledgedByItsDeadline()
    {
        var (op, counselor, alert) = await RaiseAsync();
        Assert.Single(await InboxAsync(counselor, NotificationKinds.CrisisAlert));
        Assert.Single(await InboxAsync(op, NotificationKinds.CrisisAlert)); // nobody on call: every operator hears first

        fixture.Clock.Advance(RealReminderFixture.CrisisDeadline + TimeSpan.FromSeconds(1)); // the deadline passed by the grains' clock

        var escalated = await Eventually.UntilAsync(alert.GetAsync, a => a!.EscalationStep == 1, "Orleans to fire the deadline reminder");
        Assert.Equal(CrisisAlertStatus.Open, escalated!.Status);
        Assert.Contains(escalated.Trail, e => e.Kind == CrisisAlertEvent.Escalated);
        Assert.Single(await InboxAsync(op, NotificationKinds.CrisisAlertEscalated));
        Assert.Empty(await InboxAsync(counselor, NotificationKinds.CrisisAlertEscalated)); // the first step tells operators only
        var row = await TestDatabase.ScalarAsync<long>(fixture.ConnectionString,
            "SELECT count(*) FROM orleans_reminders WHERE reminder_name = @name AND grain_id LIKE '%' || @key || '%'", ("name", CrisisAlertGrain.Reminder), ("key", alert.GetPrimaryKey().ToString("N")));
        Assert.Equal(1, row); // the next step waits in PostgreSQL
    }

    [Fact]
    public async Task EachStepEscalatesOnceHoweverOftenTheReminderFires()
    {
        var (op, counselor, alert) = await RaiseAsync();
        var remindable = alert.AsReference<IRemindable>();
        async Task FireTwiceAsync()
        {
            var tick = new TickStatus(DateTime.UtcNow, TimeSpan.FromHours(1), DateTime.UtcNow);
            await remindable.ReceiveReminder(CrisisAlertGrain.Reminder, tick);
            await remindable.ReceiveReminder(CrisisAlertGrain.Reminder, tick);
        }

        await FireTwiceAsync(); // before the deadline: nothing to escalate
        Assert.Equal(0, (await alert.GetAsync())!.EscalationStep);

        fixture.Clock.Advance(RealReminderFixture.CrisisDeadline + TimeSpan.FromSeconds(1));
        await FireTwiceAsync();
        await Eventually.UntilAsync(alert.GetAsync, a => a!.EscalationStep >= 1, "the first step"); // Orleans may fire it too
        Assert.Single(await InboxAsync(op, NotificationKinds.CrisisAlertEscalated));

        fixture.Clock.Advance(TimeSpan.FromMinutes(15));
        await FireTwiceAsync();
        var second = (await alert.GetAsync())!;
        Assert.Equal(2, second.EscalationStep);
        Assert.Equal(2, second.Trail.Count(e => e.Kind == CrisisAlertEvent.Escalated));
        Assert.Equal(2, (await InboxAsync(op, NotificationKinds.CrisisAlertEscalated)).Length); // one per step
        Assert.Single(await InboxAsync(counselor, NotificationKinds.CrisisAlertEscalated)); // the second step tells the counselor again

        fixture.Clock.Advance(TimeSpan.FromHours(1));
        await FireTwiceAsync(); // the chain is over: nothing more happens
        Assert.Equal(2, (await alert.GetAsync())!.Trail.Count(e => e.Kind == CrisisAlertEvent.Escalated));
    }

    [Fact]
    public async Task AnAcknowledgedAlertDoesNotEscalate()
    {
        var (op, _, alert) = await RaiseAsync();
        Assert.True((await alert.AcknowledgeAsync(op, "Phoned the client; they are with family tonight.")).Succeeded);

        fixture.Clock.Advance(RealReminderFixture.CrisisDeadline + TimeSpan.FromMinutes(20));
        await alert.AsReference<IRemindable>().ReceiveReminder(CrisisAlertGrain.Reminder, new TickStatus(DateTime.UtcNow, TimeSpan.FromHours(1), DateTime.UtcNow));

        Assert.Equal(0, (await alert.GetAsync())!.EscalationStep);
        Assert.Empty(await InboxAsync(op, NotificationKinds.CrisisAlertEscalated));
    }
}
