using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Shared;
using Counseling.Grains;
using Counseling.Grains.Booking;
using Counseling.GrainInterfaces.Accounts;
using Counseling.Grains.Accounts;
using Counseling.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Counseling.Tests.Grains;

/// <summary>The Orleans ADO.NET providers against our own schema: storage, reminders and membership.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PersistenceTests(PlatformFixture platform)
{
    private IServiceProvider SiloServices => ((InProcessSiloHandle)platform.Cluster.Silos[0]).ServiceProvider;

    /// <summary>The shape appointment state had before the stored record and the contract were separated.</summary>
    [GenerateSerializer]
    public sealed record LegacyAppointmentState
    {
        [Id(0)] public AppointmentSummary? Appointment { get; set; }

        [Id(1)] public HashSet<string> RemindersSent { get; set; } = [];

        [Id(2)] public bool ClientJoined { get; set; }

        [Id(3)] public bool CounselorJoined { get; set; }
    }

    [Fact]
    public async Task AnAppointmentStoredInTheOldShapeStillLoads()
    {
        var client = Guid.NewGuid();
        var start = new DateTimeOffset(2030, 5, 6, 14, 0, 0, TimeSpan.Zero);
        var stored = new AppointmentSummary(Guid.NewGuid(), Guid.NewGuid(), "Dr. Old", client, "Old Client", start, start.AddMinutes(50),
            SessionModality.Video, AppointmentStatus.Confirmed, new Money(12000, "EUR"), null, null, null, false, null, start.AddDays(-9),
            "Europe/Berlin", new PaymentReceipt(PaymentMethods.Stripe, "pi_legacy", new Money(12000, "EUR")), 0);
        var grain = platform.Grains.GetGrain<IAppointmentGrain>(stored.Id);
        var storage = SiloServices.GetRequiredKeyedService<IGrainStorage>(StorageNames.Main);
        await storage.WriteStateAsync("appointment", grain.GetGrainId(),
            new GrainState<LegacyAppointmentState>(new LegacyAppointmentState { Appointment = stored, ClientJoined = true, RemindersSent = ["reminder-24h"] }));

        var loaded = new GrainState<AppointmentState>(new AppointmentState());
        await storage.ReadStateAsync("appointment", grain.GetGrainId(), loaded);
        Assert.Equal(stored, loaded.State!.Appointment?.ToSummary());
        Assert.True(loaded.State!.ClientJoined);
        Assert.Equal(["reminder-24h"], loaded.State!.RemindersSent);

        Assert.Equal(stored, await grain.GetAsync(client)); // and the grain itself reads it
    }

    [Fact]
    public async Task AStaleGrainStateWriteIsRejected()
    {
        var storage = SiloServices.GetRequiredKeyedService<IGrainStorage>(StorageNames.Main);
        var grainId = GrainId.Create("user", Guid.NewGuid().ToString("N"));
        var state = new GrainState<UserState>(new UserState());
        await storage.ReadStateAsync("stale-test", grainId, state);
        Assert.Null(state.ETag);

        await storage.WriteStateAsync("stale-test", grainId, state);
        var firstVersion = state.ETag;
        var stale = new GrainState<UserState>(new UserState()) { ETag = firstVersion, RecordExists = true };

        await storage.WriteStateAsync("stale-test", grainId, state); // moves the stored version on
        Assert.NotEqual(firstVersion, state.ETag);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("stale-test", grainId, stale));
    }

    [Fact]
    public async Task AFirstWriteLosesToARowThatAlreadyExists()
    {
        var storage = SiloServices.GetRequiredKeyedService<IGrainStorage>(StorageNames.Main);
        var grainId = GrainId.Create("user", Guid.NewGuid().ToString("N"));
        await storage.WriteStateAsync("first-write", grainId, new GrainState<UserState>(new UserState()));

        // Another activation that never read the row believes it is the first writer.
        var unaware = new GrainState<UserState>(new UserState());
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("first-write", grainId, unaware));
    }

    [Fact]
    public async Task ClearedStateReadsAsDefaultAndStaleClearsConflict()
    {
        var storage = SiloServices.GetRequiredKeyedService<IGrainStorage>(StorageNames.Main);
        var grainId = GrainId.Create("user", Guid.NewGuid().ToString("N"));
        var profile = new UserProfile(Guid.NewGuid(), "c@example.org", "C", UserRole.Client, DateTimeOffset.UtcNow);
        var state = new GrainState<UserState>(new UserState { Profile = profile });
        await storage.WriteStateAsync("clear-test", grainId, state);
        var stale = new GrainState<UserState>(new UserState()) { ETag = state.ETag, RecordExists = true };

        await storage.ClearStateAsync("clear-test", grainId, state);
        var reread = new GrainState<UserState>(new UserState());
        await storage.ReadStateAsync("clear-test", grainId, reread);

        Assert.Null(reread.State?.Profile);
        Assert.False(reread.RecordExists);
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync("clear-test", grainId, stale));
    }

    [Fact]
    public async Task RemindersAreStoredReadByRangeAndDeletedByVersion()
    {
        var table = SiloServices.GetRequiredService<IReminderTable>();
        var grainId = GrainId.Create("user", Guid.NewGuid().ToString("N"));
        var entry = new ReminderEntry { GrainId = grainId, ReminderName = "follow-up", StartAt = DateTime.UtcNow.AddMinutes(5), Period = TimeSpan.FromDays(14) };

        var firstEtag = await table.UpsertRow(entry);
        var secondEtag = await table.UpsertRow(entry);
        Assert.NotEqual(firstEtag, secondEtag);

        var read = await table.ReadRow(grainId, "follow-up");
        Assert.Equal(TimeSpan.FromDays(14), read!.Period);
        Assert.Equal(secondEtag, read.ETag);

        var hash = grainId.GetUniformHashCode();
        var inRange = await table.ReadRows(hash - 1, hash);
        Assert.Contains(inRange.Reminders, r => r.GrainId == grainId);
        var wrapped = await table.ReadRows(hash, hash - 1); // every position except this one
        Assert.DoesNotContain(wrapped.Reminders, r => r.GrainId == grainId);

        Assert.False(await table.RemoveRow(grainId, "follow-up", firstEtag!));
        Assert.True(await table.RemoveRow(grainId, "follow-up", secondEtag!));
        Assert.Null(await table.ReadRow(grainId, "follow-up"));
    }

    [Fact]
    public async Task ASecondSiloJoinsTheRunningClusterThroughPostgreSqlMembership()
    {
        var management = platform.Grains.GetGrain<IManagementGrain>(0);
        var before = (await management.GetHosts(onlyActive: true)).Count;

        var added = await platform.Cluster.StartAdditionalSiloAsync();
        try
        {
            var hosts = await management.GetHosts(onlyActive: true);
            Assert.Equal(before + 1, hosts.Count);
            Assert.Contains(added!.SiloAddress, hosts.Keys);
            var activeRows = await TestDatabase.ScalarAsync<long>(platform.ConnectionString,
                "SELECT count(*) FROM orleans_membership WHERE deployment_id = @id AND status = 3", ("id", platform.ClusterId));
            Assert.Equal(before + 1, activeRows);
        }
        finally
        {
            await platform.Cluster.StopSiloAsync(added);
        }
    }
}

/// <summary>Restarts need a cluster of their own: the shared one must stay up for the other tests.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task StateSurvivesAFullRestartOfEverySilo()
    {
        var connectionString = await TestDatabase.CreateMigratedAsync("restart");
        var clusterId = "restart-" + Guid.NewGuid().ToString("N")[..8];
        var email = PlatformFixture.UniqueEmail("restart");
        var account = new NewAccount(Guid.NewGuid(), email, "Survivor", UserRole.Counselor, "opaque-hash");

        var first = await TestClusters.StartAsync(connectionString, clusterId, silos: 1);
        try
        {
            Assert.True((await first.Client.GetGrain<IEmailIndexGrain>(email).RegisterAsync(account)).Created);
        }
        finally
        {
            await first.StopAllSilosAsync();
            await first.DisposeAsync();
        }

        var second = await TestClusters.StartAsync(connectionString, clusterId, silos: 1);
        try
        {
            Assert.Equal(account.UserId, await second.Client.GetGrain<IEmailIndexGrain>(email).GetUserIdAsync());
            var profile = await second.Client.GetGrain<IUserGrain>(account.UserId).GetProfileAsync();
            Assert.Equal("Survivor", profile!.DisplayName);
            Assert.Equal(UserRole.Counselor, profile.Role);
            Assert.Equal("opaque-hash", (await second.Client.GetGrain<ICredentialGrain>(account.UserId).BeginPasswordCheckAsync()).PasswordHash);
        }
        finally
        {
            await second.StopAllSilosAsync();
            await second.DisposeAsync();
        }
    }
}
