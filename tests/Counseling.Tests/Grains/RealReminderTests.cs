using Counseling.GrainInterfaces.Shared;
using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Notifications;
using Counseling.GrainInterfaces.Payments;
using Counseling.Grains.Payments;
using Counseling.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace Counseling.Tests.Grains;

/// <summary>
/// A cluster whose reminders Orleans fires by itself within seconds (the minimum reminder period lowered to one
/// second), while its grains read a clock of the tests' own: a test moves that clock to just before the moment a
/// reminder is for, and then waits for Orleans to deliver it. Nothing here calls ReceiveReminder to see an outcome.
/// </summary>
public sealed class RealReminderFixture : IAsyncLifetime
{
    /// <summary>Not UTC, so that the settlement cycle is seen to follow the configured zone.</summary>
    public const string SettlementZone = "Europe/Berlin";

    /// <summary>Short, so that Orleans' own reminder for the deadline fires within seconds.</summary>
    public static readonly TimeSpan CrisisDeadline = TimeSpan.FromSeconds(2);

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        ConnectionString = await TestDatabase.CreateMigratedAsync("reminders");
        Cluster = await TestClusters.StartAsync(ConnectionString, "reminders-" + Guid.NewGuid().ToString("N")[..8], silos: 1,
            ownClock: Clock, reminderMinimum: TimeSpan.FromSeconds(1), settings: new Dictionary<string, string>
            {
                ["Booking:HoldDuration"] = "00:00:02",
                ["Settlement:TimeZone"] = SettlementZone,
                ["Crisis:AcknowledgeWithin"] = CrisisDeadline.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
            });
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }

    public async Task<ICounselorGrain> CounselorAsync()
    {
        var counselor = Grains.GetGrain<ICounselorGrain>(Guid.NewGuid());
        Assert.True((await counselor.UpdateProfileAsync(Scenario.Profile("Dr. Reminder"))).Succeeded);
        var today = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
        Assert.True((await counselor.SubmitCredentialAsync("LIC-1", "CA", today.AddYears(1))).Succeeded);
        Assert.True((await counselor.ReviewCredentialAsync(Guid.NewGuid(), true, null)).Succeeded);
        Assert.True((await counselor.SetAvailabilityAsync(Scenario.AroundTheClock)).Succeeded);
        return counselor;
    }

    /// <summary>A whole hour at least <paramref name="ahead"/> from the grains' now (never 23:00, whose session would cross the day's window).</summary>
    public DateTimeOffset SlotAhead(TimeSpan ahead)
    {
        var t = Clock.GetUtcNow() + ahead;
        var slot = new DateTimeOffset(t.Year, t.Month, t.Day, t.Hour, 0, 0, TimeSpan.Zero).AddHours(1);
        return slot.Hour == 23 ? slot.AddHours(1) : slot;
    }

    /// <summary>An earning on the counselor's payable account, as a completed session leaves it.</summary>
    public async Task<Guid> EarnAsync(Guid counselorId, long amountMinor)
    {
        var appointment = Guid.NewGuid();
        await Grains.GetGrain<IWalletGrain>(counselorId).PostAsync(new LedgerTransaction($"test-earned:{appointment:N}", "session-earned", appointment.ToString(),
        [
            new(LedgerAccounts.ProviderClearing, "USD", -amountMinor),
            new(LedgerAccounts.CounselorPayable(counselorId), "USD", amountMinor, "Session"),
        ]));
        return appointment;
    }
}

[CollectionDefinition(Name)]
public sealed class RealReminderCollection : ICollectionFixture<RealReminderFixture>
{
    public const string Name = "real-reminders";
}

[Collection(RealReminderCollection.Name)]
public sealed class RealReminderTests(RealReminderFixture fixture)
{
    private static HoldRequest Hold(Guid client, DateTimeOffset start) => new(client, "Client", start, 50, SessionModality.Video);

    private Task<Notification[]> InboxAsync(Guid user) => fixture.Grains.GetGrain<IInboxGrain>(user).ListAsync(100);

    [Fact]
    public async Task AnUnpaidHoldLapsesWhenOrleansFiresItsExpiry()
    {
        var counselor = await fixture.CounselorAsync();
        var client = Guid.NewGuid();
        var held = (await counselor.HoldAsync(Hold(client, fixture.SlotAhead(TimeSpan.FromDays(1))))).Value!;
        var appointment = fixture.Grains.GetGrain<IAppointmentGrain>(held.Id);
        Assert.Equal(AppointmentStatus.Held, held.Status);

        fixture.Clock.Advance(TimeSpan.FromMinutes(1)); // the two-second hold is over by the grains' clock

        await Eventually.UntilAsync(appointment.DescribeAsync, a => a?.Status == AppointmentStatus.Expired, "the hold to lapse");
        var inbox = await Eventually.UntilAsync(() => InboxAsync(client), n => n.Any(x => x.Kind == NotificationKinds.HoldExpired), "the client to be told");
        Assert.Single(inbox, n => n.Kind == NotificationKinds.HoldExpired && n.AppointmentId == held.Id);
        Assert.True((await counselor.HoldAsync(Hold(Guid.NewGuid(), held.Start))).Succeeded); // the slot is free again
    }

    [Fact]
    public async Task BothSidesAreRemindedTheDayBeforeWhenOrleansFiresTheReminder()
    {
        var counselor = await fixture.CounselorAsync();
        var client = Guid.NewGuid();
        var start = fixture.SlotAhead(TimeSpan.FromHours(25));
        fixture.Clock.SetUtcNow(start - TimeSpan.FromHours(24) - TimeSpan.FromSeconds(3)); // the day-before reminder is three seconds away
        var held = (await counselor.HoldAsync(Hold(client, start))).Value!;
        var appointment = fixture.Grains.GetGrain<IAppointmentGrain>(held.Id);
        Assert.True((await appointment.ConfirmAsync(client, new PaymentReceipt("test", "pay-" + held.Id, held.Price))).Succeeded);
        Assert.DoesNotContain(await InboxAsync(client), n => n.Kind == NotificationKinds.AppointmentReminder);

        fixture.Clock.Advance(TimeSpan.FromSeconds(5));

        var clientInbox = await Eventually.UntilAsync(() => InboxAsync(client), n => n.Any(x => x.Kind == NotificationKinds.AppointmentReminder), "the client's reminder");
        var reminder = Assert.Single(clientInbox, n => n.Kind == NotificationKinds.AppointmentReminder);
        Assert.Equal(held.Id, reminder.AppointmentId);
        Assert.Equal("Your session is tomorrow", reminder.Title);
        var counselorInbox = await Eventually.UntilAsync(() => InboxAsync(held.CounselorId), n => n.Any(x => x.Kind == NotificationKinds.AppointmentReminder), "the counselor's reminder");
        Assert.Equal("Session tomorrow", Assert.Single(counselorInbox, n => n.Kind == NotificationKinds.AppointmentReminder).Title);
        Assert.Equal(AppointmentStatus.Confirmed, (await appointment.DescribeAsync())!.Status);
    }

    [Fact]
    public async Task ALapsedLicenseIsTakenOffTheDirectoryWhenOrleansFiresTheDailyCheck()
    {
        var counselor = fixture.Grains.GetGrain<ICounselorGrain>(Guid.NewGuid());
        Assert.True((await counselor.UpdateProfileAsync(Scenario.Profile("Dr. Lapsing"))).Succeeded);
        var today = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime);
        Assert.True((await counselor.SubmitCredentialAsync("LIC-2", "CA", today.AddDays(1))).Succeeded);
        Assert.True((await counselor.SetAvailabilityAsync(Scenario.AroundTheClock)).Succeeded);
        fixture.Clock.Advance(TimeSpan.FromDays(2)); // the license lapsed while it waited for review

        Assert.True((await counselor.ReviewCredentialAsync(Guid.NewGuid(), true, null)).Succeeded); // starts the daily check

        var view = await Eventually.UntilAsync(counselor.GetAsync, v => v.Credential?.Status == CredentialStatus.Expired, "the license to be marked expired");
        Assert.False(view.Bookable);
        Assert.Contains(view.History, d => d.Action == "expired");
        var inbox = await Eventually.UntilAsync(() => InboxAsync(counselor.GetPrimaryKey()), n => n.Any(x => x.Kind == NotificationKinds.CredentialExpired), "the counselor to be told");
        Assert.Single(inbox, n => n.Kind == NotificationKinds.CredentialExpired);
    }

    [Fact]
    public async Task TheSettlementCycleAppliesForACounselorWithAPayoutAccountWhenOrleansFiresIt()
    {
        var counselorId = Guid.NewGuid();
        var settlement = fixture.Grains.GetGrain<ISettlementGrain>(counselorId);
        var earned = await fixture.EarnAsync(counselorId, 6800);
        var run = SettlementCalendar.NextRun(fixture.Clock.GetUtcNow() + TimeSpan.FromSeconds(10), RealReminderFixture.SettlementZone);
        fixture.Clock.SetUtcNow(run - TimeSpan.FromSeconds(2)); // moments before the start of a 1st or 16th in Berlin

        Assert.Null((await settlement.SetPayoutAccountAsync("acct_1Cycle" + counselorId.ToString("N")[..8])).Error);
        Assert.Empty(await settlement.ListAsync()); // joining counts the cycle under way as run
        var row = await TestDatabase.ScalarAsync<long>(fixture.ConnectionString,
            "SELECT count(*) FROM orleans_reminders WHERE reminder_name = 'settlement-cycle' AND grain_id LIKE 'settlement/%' AND grain_id LIKE '%' || @key || '%'", ("key", counselorId.ToString("N")));
        Assert.Equal(1, row); // kept in PostgreSQL: a restarted cluster still runs it

        fixture.Clock.Advance(TimeSpan.FromSeconds(5));

        var applications = await Eventually.UntilAsync(settlement.ListAsync, a => a.Length > 0, "the cycle's application");
        var application = Assert.Single(applications);
        Assert.True(application.Automatic);
        Assert.Equal(SettlementStatus.Pending, application.Status);
        Assert.Equal([earned], application.Items.Select(i => i.AppointmentId));
        Assert.Contains(await fixture.Grains.GetGrain<ISettlementQueueGrain>(0).PendingAsync(), p => p.ApplicationId == application.Id);
    }

    [Fact]
    public async Task TheSettlementCycleAppliesOncePerRunDateHoweverOftenItsReminderFires()
    {
        var counselorId = Guid.NewGuid();
        var settlement = fixture.Grains.GetGrain<ISettlementGrain>(counselorId);
        var remindable = settlement.AsReference<IRemindable>();
        var tick = new TickStatus(DateTime.UtcNow, SettlementGrain.CycleCatchUp, DateTime.UtcNow);
        async Task FireTwiceAsync()
        {
            await remindable.ReceiveReminder(SettlementGrain.CycleReminder, tick);
            await remindable.ReceiveReminder(SettlementGrain.CycleReminder, tick);
        }

        // Joined in the middle of a cycle, days before the next run: Orleans' own tick is days away.
        var run = SettlementCalendar.NextRun(SettlementCalendar.NextRun(fixture.Clock.GetUtcNow(), RealReminderFixture.SettlementZone), RealReminderFixture.SettlementZone);
        fixture.Clock.SetUtcNow(run - TimeSpan.FromDays(3));
        var first = await fixture.EarnAsync(counselorId, 5000);
        Assert.Null((await settlement.SetPayoutAccountAsync("acct_1Twice" + counselorId.ToString("N")[..8])).Error);

        await FireTwiceAsync(); // woken early: this cycle was under way when the account was set
        Assert.Empty(await settlement.ListAsync());

        fixture.Clock.SetUtcNow(run + TimeSpan.FromHours(30)); // a day late, as after an outage
        await FireTwiceAsync();
        var applied = Assert.Single(await settlement.ListAsync());
        Assert.True(applied.Automatic);
        Assert.Equal([first], applied.Items.Select(i => i.AppointmentId));

        Assert.Null((await settlement.DecideAsync(applied.Id, Guid.NewGuid(), true, null)).Error); // paid: nothing pending any more
        var second = await fixture.EarnAsync(counselorId, 7000);
        await FireTwiceAsync(); // the same cycle again
        Assert.Equal([applied.Id], (await settlement.ListAsync()).Select(a => a.Id));

        fixture.Clock.SetUtcNow(SettlementCalendar.NextRun(fixture.Clock.GetUtcNow(), RealReminderFixture.SettlementZone));
        await FireTwiceAsync();
        var all = await settlement.ListAsync();
        Assert.Equal(2, all.Length);
        Assert.Equal([second], all.Single(a => a.Id != applied.Id).Items.Select(i => i.AppointmentId));
    }
}
