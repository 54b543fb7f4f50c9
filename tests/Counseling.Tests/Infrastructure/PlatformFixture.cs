using System.Net.Http.Headers;
using System.Net.Http.Json;
using Counseling.Api.Apis;
using Counseling.Api.Contracts;
using Orleans.TestingHost;

namespace Counseling.Tests.Infrastructure;

/// <summary>
/// The whole platform for a test collection: a migrated PostgreSQL database, a two-silo test cluster on it, and
/// an api node connected to that cluster. Started once per collection; tests isolate themselves with fresh
/// accounts (unique emails), not fresh infrastructure.
/// </summary>
public class PlatformFixture : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    public string ClusterId { get; } = "tests-" + Guid.NewGuid().ToString("N")[..8];

    public TestCluster Cluster { get; private set; } = null!;

    public ApiFactory Api { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    private readonly Lazy<Task<BrowserSession>> _browser;

    /// <summary>The mail server every silo of this platform sends to.</summary>
    public SmtpCatcher Mail { get; } = new();

    public PlatformFixture() => _browser = new(() => BrowserSession.StartAsync(this));

    /// <summary>The browser and its Kestrel-hosted api node, started on first use (only web tests need them).</summary>
    public Task<BrowserSession> BrowserAsync() => _browser.Value;

    public virtual async Task InitializeAsync()
    {
        ConnectionString = await TestDatabase.CreateMigratedAsync("platform");
        Mail.Start();
        var silo = new Dictionary<string, string>(SiloSettings() ?? new Dictionary<string, string>())
        {
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = Mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:Smtp:Tls"] = "None",
            ["Email:Smtp:From"] = "Counseling <no-reply@tests.example>",
            ["Email:PublicBaseUrl"] = "https://counseling.tests.example",
            ["Email:PollInterval"] = "00:00:00.200",
            ["Email:FirstRetryDelay"] = "00:00:00.500",
            ["Email:MaxRetryDelay"] = "00:00:02",
        };
        Cluster = await TestClusters.StartAsync(ConnectionString, ClusterId, settings: silo, transcriptFaults: TranscriptFaults, ownClock: GrainClock);
        Api = NewApi(new Dictionary<string, string?>(ApiSettings())
        {
            ["Seed:Operator:Email"] = OperatorEmail,
            ["Seed:Operator:Password"] = OperatorPassword,
            ["Seed:Operator:DisplayName"] = "Test Operator",
        });
        _ = Api.Server; // start now, so the first test does not pay for it
    }

    /// <summary>A clock for this platform's grains that tests move (Orleans itself keeps real time); null: real time.</summary>
    protected virtual Microsoft.Extensions.Time.Testing.FakeTimeProvider? GrainClock => null;

    /// <summary>Whether tests may arm <see cref="FaultyTranscriptStore"/> faults on this platform's silos.</summary>
    protected virtual bool TranscriptFaults => false;

    /// <summary>Extra silo configuration for a derived platform (e.g. a payment provider).</summary>
    protected virtual IReadOnlyDictionary<string, string>? SiloSettings() => null;

    /// <summary>Extra configuration for every api node of a derived platform.</summary>
    protected virtual IReadOnlyDictionary<string, string?> ApiSettings() => new Dictionary<string, string?>();

    /// <summary>Another api node on the same cluster, optionally with its own settings.</summary>
    public ApiFactory NewApi(IReadOnlyDictionary<string, string?>? settings = null) =>
        new(ConnectionString, ClusterId, ApiSettings().Concat(settings ?? new Dictionary<string, string?>()).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value));

    public HttpClient CreateClient() => Api.CreateClient();

    public const string OperatorEmail = "operator@tests.example";
    public const string OperatorPassword = "operator pass phrase for the suite";

    public static string UniqueEmail(string name = "user") => $"{name}.{Guid.NewGuid():N}@example.org";

    /// <summary>Registers a fresh account through the api and returns its tokens.</summary>
    public async Task<AuthResponse> RegisterAsync(string role = "client", string? email = null, string password = "correct horse battery staple", string displayName = "Test Person")
    {
        using var client = CreateClient();
        var response = await client.PostAsJsonAsync(Routes.Auth.Register, new RegisterRequest(email ?? UniqueEmail(role), password, displayName, role));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<AuthResponse>(Json.Options))!;
    }

    public HttpClient CreateClient(string accessToken)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    public virtual async Task DisposeAsync()
    {
        if (_browser.IsValueCreated)
        {
            await (await _browser.Value).DisposeAsync();
        }

        await Api.DisposeAsync();
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        await Mail.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}
