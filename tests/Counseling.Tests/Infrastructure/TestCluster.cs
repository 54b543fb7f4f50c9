using Counseling.Grains.Sessions;
using Counseling.Silo.Extensions;
using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace Counseling.Tests.Infrastructure;

/// <summary>
/// Builds Orleans test clusters wired exactly like production silos (AddCounselingPersistence and
/// AddCounselingGrains): membership, grain state and reminders in PostgreSQL through our schema, and real TCP
/// gateways that separate api hosts find through the membership table.
/// </summary>
public static class TestClusters
{
    private const string ConnectionStringKey = "CounselingTests:Postgres";

    private const string FakeClockKey = "CounselingTests:FakeClock";

    private const string TranscriptFaultsKey = "CounselingTests:TranscriptFaults";

    private const string OwnClockKey = "CounselingTests:OwnClock";

    private const string ReminderMinimumKey = "CounselingTests:ReminderMinimum";

    private const string ProxiedGatewayKey = "CounselingTests:ProxiedGateway";

    /// <summary>The silo whose gateway a cluster's <see cref="GatewayProxy"/> stands in front of.</summary>
    public const string ProxiedSiloName = "Secondary_1";

    /// <summary>Gateway proxies of clusters started with one, by cluster id.</summary>
    private static readonly ConcurrentDictionary<string, GatewayProxy> GatewayProxies = new();

    /// <summary>Clocks of clusters started with their own (see <see cref="StartAsync"/>), by cluster id.</summary>
    private static readonly ConcurrentDictionary<string, Microsoft.Extensions.Time.Testing.FakeTimeProvider> OwnClocks = new();

    /// <summary>
    /// The clock of clusters started with <c>fakeClock: true</c>. Grains read time only through TimeProvider, so tests
    /// move it forward instead of sleeping. Starts at the real current time so that stored times look ordinary.
    /// </summary>
    public static readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider FakeClock = new(DateTimeOffset.UtcNow);

    /// <remarks>
    /// <c>ownClock</c>: a clock for this cluster's grains alone, which Orleans itself does not read: its reminders,
    /// membership and timers keep real time, so reminders fire by themselves while the grains judge them by the
    /// test's clock. <c>reminderMinimum</c>: lowers Orleans' minimum reminder period (and with it the grains'
    /// shortest due time) and reloads the reminder table as often, so that reminders fire within seconds.
    /// <c>gatewayProxy</c>: clients reach the gateway of the silo named <see cref="ProxiedSiloName"/> through it.
    /// </remarks>
    public static async Task<TestCluster> StartAsync(string connectionString, string clusterId, short silos = 2, bool fakeClock = false, IReadOnlyDictionary<string, string>? settings = null, bool transcriptFaults = false,
        Microsoft.Extensions.Time.Testing.FakeTimeProvider? ownClock = null, TimeSpan? reminderMinimum = null, GatewayProxy? gatewayProxy = null)
    {
        var builder = new TestClusterBuilder(silos);
        builder.Options.ClusterId = clusterId;
        builder.Options.ServiceId = "counseling-tests";
        builder.Options.UseTestClusterMembership = false;
        builder.Options.ConnectionTransport = ConnectionTransportType.TcpSocket; // api hosts connect over real sockets
        builder.Properties[ConnectionStringKey] = connectionString;
        builder.Properties[FakeClockKey] = fakeClock ? "true" : "false";
        builder.Properties[TranscriptFaultsKey] = transcriptFaults ? "true" : "false";
        if (ownClock is not null)
        {
            OwnClocks[clusterId] = ownClock;
            builder.Properties[OwnClockKey] = clusterId;
        }

        if (gatewayProxy is not null)
        {
            GatewayProxies[clusterId] = gatewayProxy;
            builder.Properties[ProxiedGatewayKey] = clusterId;
        }

        if (reminderMinimum is { } minimum)
        {
            builder.Properties[ReminderMinimumKey] = minimum.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
        }

        if (!fakeClock)
        {
            // Conversation tests exchange hundreds of messages a second; the fake-clock cluster keeps the human limits.
            builder.Properties["Sessions:MessageBurst"] = "100000";
            builder.Properties["Sessions:MessagesPerSecond"] = "100000";
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.Properties[key] = value;
        }

        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    /// <summary>Detect a killed silo in seconds rather than the production default of tens of seconds.</summary>
    public static void FastFailureDetection(ClusterMembershipOptions o)
    {
        o.ProbeTimeout = TimeSpan.FromSeconds(1);
        o.NumMissedProbesLimit = 2;
        o.NumVotesForDeathDeclaration = 1;
        o.TableRefreshTimeout = TimeSpan.FromSeconds(2);
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            var connectionString = siloBuilder.Configuration[ConnectionStringKey];
            if (siloBuilder.Configuration[FakeClockKey] == "true")
            {
                siloBuilder.Services.AddSingleton<TimeProvider>(FakeClock);
            }

            if (siloBuilder.Configuration[OwnClockKey] is { } owner)
            {
                siloBuilder.Services.AddSingleton<TimeProvider>(OwnClocks[owner]);

                // Orleans resolves each of its clocks by key and falls back to the unkeyed one the grains use; these
                // keep it on real time.
                siloBuilder.Services.AddKeyedSingleton<TimeProvider>(KeyedService.AnyKey, TimeProvider.System);
                foreach (var key in OrleansClockKeys)
                {
                    siloBuilder.Services.AddKeyedSingleton<TimeProvider>(key, TimeProvider.System);
                }
            }

            if (siloBuilder.Configuration[ProxiedGatewayKey] is { } proxied && siloBuilder.Configuration["Orleans:Name"] == ProxiedSiloName)
            {
                // The silo listens where it was told to and advertises the proxy, so clients connect through that.
                var proxy = GatewayProxies[proxied];
                siloBuilder.Services.PostConfigure<EndpointOptions>(o =>
                {
                    proxy.TargetPort = o.GatewayPort;
                    o.GatewayListeningEndpoint = new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, o.GatewayPort);
                    o.GatewayPort = proxy.Port;
                });
            }

            if (siloBuilder.Configuration[ReminderMinimumKey] is { } minimum)
            {
                var period = TimeSpan.Parse(minimum, System.Globalization.CultureInfo.InvariantCulture);
                siloBuilder.Configure<ReminderOptions>(o =>
                {
                    o.MinimumReminderPeriod = period;
                    o.RefreshReminderListPeriod = period;
                });
            }

            siloBuilder.AddCounselingPersistence(connectionString).AddCounselingGrains();
            if (siloBuilder.Configuration[TranscriptFaultsKey] == "true")
            {
                // The real store, wrapped: faults are armed per session by the tests that want them.
                var real = siloBuilder.Services.Last(d => d.ServiceType == typeof(ITranscriptStore));
                siloBuilder.Services.Remove(real);
                siloBuilder.Services.AddSingleton(real.ImplementationType!);
                siloBuilder.Services.AddSingleton<ITranscriptStore>(sp => new FaultyTranscriptStore((ITranscriptStore)sp.GetRequiredService(real.ImplementationType!)));
            }

            siloBuilder.Configure<ClusterMembershipOptions>(FastFailureDetection);
            siloBuilder.Services.AddLogging(logging => logging.AddProvider(CapturedLogs.Instance));
        }
    }

    private static readonly string[] OrleansClockKeys =
    [
        TimeProviderNames.Grains, TimeProviderNames.Messaging, TimeProviderNames.SystemTimers, TimeProviderNames.Membership,
        TimeProviderNames.ActivationManagement, TimeProviderNames.GrainDirectory, Orleans.Reminders.ReminderTimeProviderNames.Reminders,
    ];

    private sealed class ClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) =>
            clientBuilder.UseAdoNetClustering(o =>
            {
                o.Invariant = CounselingSiloBuilderExtensions.AdoNetInvariant;
                o.ConnectionString = configuration[ConnectionStringKey];
            });
    }
}
