using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Notifications;
using Counseling.GrainInterfaces.Shared;
using Counseling.Tests.Infrastructure;
using Orleans.TestingHost;

namespace Counseling.Tests.Grains;

/// <summary>A cluster whose grains read a fake clock, for rules that depend on time passing.</summary>
public sealed class FakeClockFixture : IAsyncLifetime
{
    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public string ConnectionString { get; private set; } = "";

    public static Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock => TestClusters.FakeClock;

    /// <summary>
    /// The payment provider of this cluster: Stripe.net talking to a loopback stand-in, so renewals that happen
    /// as time passes are seen on the wire. Payments the tests make themselves are "simulated" receipts.
    /// </summary>
    public FakeStripe Stripe { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Stripe = await FakeStripe.StartAsync();
        ConnectionString = await TestDatabase.CreateMigratedAsync("fakeclock");
        Cluster = await TestClusters.StartAsync(ConnectionString, "fake-" + Guid.NewGuid().ToString("N")[..8], silos: 1, fakeClock: true, transcriptFaults: true,
            settings: new Dictionary<string, string> { ["Payments:StripeSecretKey"] = "sk_test_fakeclock", ["Payments:StripeApiBase"] = Stripe.BaseUrl });
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        await Stripe.DisposeAsync();
    }

    /// <summary>A verified counselor with round-the-clock hours, set up directly on the grains.</summary>
    public async Task<ICounselorGrain> CounselorAsync(DateOnly? licenseExpires = null)
    {
        var counselor = Grains.GetGrain<ICounselorGrain>(Guid.NewGuid());
        Assert.True((await counselor.UpdateProfileAsync(Scenario.Profile("Dr. Clock"))).Succeeded);
        var today = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
        Assert.True((await counselor.SubmitCredentialAsync("LIC-1", "CA", licenseExpires ?? today.AddYears(1))).Succeeded);
        Assert.True((await counselor.ReviewCredentialAsync(Guid.NewGuid(), true, null)).Succeeded);
        Assert.True((await counselor.SetAvailabilityAsync(Scenario.AroundTheClock)).Succeeded);
        return counselor;
    }

    public DateTimeOffset SlotAhead(TimeSpan ahead)
    {
        var t = Clock.GetUtcNow() + ahead;
        var slot = new DateTimeOffset(t.Year, t.Month, t.Day, t.Hour, 0, 0, TimeSpan.Zero).AddHours(1);
        return slot.Hour == 23 ? slot.AddHours(1) : slot;
    }
}

[CollectionDefinition(Name)]
public sealed class FakeClockCollection : ICollectionFixture<FakeClockFixture>
{
    public const string Name = "fake-clock";
}

[Collection(FakeClockCollection.Name)]
public sealed class BookingLifecycleTests(FakeClockFixture fixture)
{
    private static HoldRequest Hold(Guid client, DateTimeOffset start) => new(client, "Client", start, 50, SessionModality.Video);

    private static PaymentReceipt Paid(AppointmentSummary a) => new("test", "pay-" + a.Id, a.Price);

    [Fact]
    public async Task AnUnconfirmedHoldLapsesAndTheSlotCanBeHeldAgain()
    {
        var counselor = await fixture.CounselorAsync();
        var start = fixture.SlotAhead(TimeSpan.FromDays(2));
        var first = Guid.NewGuid();
        var held = (await counselor.HoldAsync(Hold(first, start))).Value!;
        Assert.Equal(AppointmentStatus.Held, held.Status);
        Assert.Equal("slot-taken", (await counselor.HoldAsync(Hold(Guid.NewGuid(), start))).Error?.Code);

        FakeClockFixture.Clock.Advance(TimeSpan.FromMinutes(11)); // default hold: 10 minutes

        var late = await fixture.Grains.GetGrain<IAppointmentGrain>(held.Id).ConfirmAsync(first, Paid(held));
        Assert.Equal("hold-expired", late.Error?.Code);
        Assert.Equal(AppointmentStatus.Expired, (await fixture.Grains.GetGrain<IAppointmentGrain>(held.Id).GetAsync(first))!.Status);
        var second = await counselor.HoldAsync(Hold(Guid.NewGuid(), start));
        Assert.True(second.Succeeded);
    }

    [Fact]
    public async Task AHoldLapsesForOthersEvenBeforeAnyoneTouchesIt()
    {
        var counselor = await fixture.CounselorAsync();
        var start = fixture.SlotAhead(TimeSpan.FromDays(2));
        await counselor.HoldAsync(Hold(Guid.NewGuid(), start));

        FakeClockFixture.Clock.Advance(TimeSpan.FromMinutes(10));

        Assert.True((await counselor.HoldAsync(Hold(Guid.NewGuid(), start))).Succeeded);
    }

    [Fact]
    public async Task ConfirmingInTimeBooksAndIsIdempotent()
    {
        var counselor = await fixture.CounselorAsync();
        var client = Guid.NewGuid();
        var held = (await counselor.HoldAsync(Hold(client, fixture.SlotAhead(TimeSpan.FromDays(3))))).Value!;
        FakeClockFixture.Clock.Advance(TimeSpan.FromMinutes(9));
        var appointment = fixture.Grains.GetGrain<IAppointmentGrain>(held.Id);

        var confirmed = await appointment.ConfirmAsync(client, Paid(held));
        var again = await appointment.ConfirmAsync(client, Paid(held));

        Assert.Equal(AppointmentStatus.Confirmed, confirmed.Value!.Status);
        Assert.True(again.Succeeded);
        FakeClockFixture.Clock.Advance(TimeSpan.FromMinutes(5)); // past the old hold expiry: a booking does not lapse
        Assert.Equal("slot-taken", (await counselor.HoldAsync(Hold(Guid.NewGuid(), held.Start))).Error?.Code);
    }

    [Fact]
    public async Task NoShowsCanBeReportedOnlyAfterTheStartAndACounselorNoShowCreditsTheClient()
    {
        var counselor = await fixture.CounselorAsync();
        var client = Guid.NewGuid();
        var held = (await counselor.HoldAsync(Hold(client, fixture.SlotAhead(TimeSpan.FromHours(3))))).Value!;
        var appointment = fixture.Grains.GetGrain<IAppointmentGrain>(held.Id);
        await appointment.ConfirmAsync(client, Paid(held));

        Assert.Equal("invalid-transition", (await appointment.MarkNoShowAsync(client)).Error?.Code);
        FakeClockFixture.Clock.Advance(held.Start - FakeClockFixture.Clock.GetUtcNow() + TimeSpan.FromMinutes(10));
        Assert.Equal("invalid-transition", (await appointment.CancelAsync(client, null)).Error?.Code); // too late to cancel

        var marked = await appointment.MarkNoShowAsync(client);

        Assert.Equal(AppointmentStatus.NoShowCounselor, marked.Value!.Status);
        Assert.True(marked.Value.ClientCredited);
        var inbox = await fixture.Grains.GetGrain<IInboxGrain>(held.CounselorId).ListAsync(20);
        Assert.Contains(inbox, n => n.Kind == NotificationKinds.NoShow && n.AppointmentId == held.Id);
    }

    [Fact]
    public async Task SessionRemindersReachBothSidesOnceEvenWhenTheReminderFiresTwice()
    {
        var counselor = await fixture.CounselorAsync();
        var client = Guid.NewGuid();
        var held = (await counselor.HoldAsync(Hold(client, fixture.SlotAhead(TimeSpan.FromDays(2))))).Value!;
        var appointment = fixture.Grains.GetGrain<IAppointmentGrain>(held.Id);
        await appointment.ConfirmAsync(client, Paid(held));
        var remindable = appointment.AsReference<IRemindable>();
        var tick = new TickStatus(DateTime.UtcNow, TimeSpan.FromHours(1), DateTime.UtcNow);

        await remindable.ReceiveReminder("reminder-24h", tick);
        await remindable.ReceiveReminder("reminder-24h", tick);

        foreach (var user in new[] { client, held.CounselorId })
        {
            var reminders = (await fixture.Grains.GetGrain<IInboxGrain>(user).ListAsync(50)).Where(n => n.Kind == NotificationKinds.AppointmentReminder).ToList();
            Assert.Single(reminders);
        }
    }

    [Fact]
    public async Task ACredentialNearExpiryWarnsOnceAndAnExpiredOneStopsBookings()
    {
        var today = DateOnly.FromDateTime(FakeClockFixture.Clock.GetUtcNow().UtcDateTime);
        var counselor = await fixture.CounselorAsync(licenseExpires: today.AddDays(20));
        var id = counselor.GetPrimaryKey();
        var remindable = counselor.AsReference<IRemindable>();
        var tick = new TickStatus(DateTime.UtcNow, TimeSpan.FromDays(1), DateTime.UtcNow);
        Assert.Contains(await fixture.Grains.GetGrain<ICounselorDirectoryGrain>(0).SearchAsync(new DirectoryQuery(null, null, null, null, null, null, 100)), e => e.CounselorId == id);

        await remindable.ReceiveReminder("credential-check", tick);
        await remindable.ReceiveReminder("credential-check", tick);
        var warnings = (await fixture.Grains.GetGrain<IInboxGrain>(id).ListAsync(50)).Count(n => n.Kind == NotificationKinds.CredentialExpiring);
        Assert.Equal(1, warnings);

        FakeClockFixture.Clock.Advance(TimeSpan.FromDays(21));
        Assert.Equal("not-bookable", (await counselor.HoldAsync(Hold(Guid.NewGuid(), fixture.SlotAhead(TimeSpan.FromDays(1))))).Error?.Code); // even before the check runs
        await remindable.ReceiveReminder("credential-check", tick);

        var view = await counselor.GetAsync();
        Assert.Equal(CredentialStatus.Expired, view.Credential!.Status);
        Assert.False(view.Bookable);
        Assert.Contains(view.History, h => h.Action == "expired");
        Assert.DoesNotContain(await fixture.Grains.GetGrain<ICounselorDirectoryGrain>(0).SearchAsync(new DirectoryQuery(null, null, null, null, null, null, 100)), e => e.CounselorId == id);
        Assert.Contains(await fixture.Grains.GetGrain<IInboxGrain>(id).ListAsync(50), n => n.Kind == NotificationKinds.CredentialExpired);
    }
}
