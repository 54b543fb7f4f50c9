using System.Net;
using Counseling.Api.Apis;
using Counseling.Tests.Infrastructure;
using Orleans.TestingHost;

namespace Counseling.Tests.Api;

/// <summary>
/// Two silos and two api nodes of their own (this test kills a silo). Clients reach the second silo's gateway
/// through a <see cref="GatewayProxy"/>, so that its death can look as it does on a real network: silent.
/// </summary>
public sealed class ReadinessFixture : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    public string ClusterId { get; } = "ready-" + Guid.NewGuid().ToString("N")[..8];

    public TestCluster Cluster { get; private set; } = null!;

    public GatewayProxy Proxy { get; } = GatewayProxy.Start();

    public ApiFactory[] Nodes { get; private set; } = [];

    public async Task InitializeAsync()
    {
        ConnectionString = await TestDatabase.CreateMigratedAsync("readiness");
        Cluster = await TestClusters.StartAsync(ConnectionString, ClusterId, silos: 2, gatewayProxy: Proxy);
        Nodes = [new ApiFactory(ConnectionString, ClusterId), new ApiFactory(ConnectionString, ClusterId)];
    }

    public async Task DisposeAsync()
    {
        foreach (var node in Nodes)
        {
            await node.DisposeAsync();
        }

        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        await Proxy.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ReadinessCollection : ICollectionFixture<ReadinessFixture>
{
    public const string Name = "readiness";
}

[Collection(ReadinessCollection.Name)]
public sealed class ReadinessTests(ReadinessFixture platform)
{
    private const int DeadStatus = 6; // Orleans' SiloStatus.Dead, as the membership table stores it

    [Fact]
    public async Task EveryApiNodeStaysReadyWhileOneSiloDiesAndTheOtherAnswers()
    {
        var nodes = platform.Nodes.Select(n => n.CreateClient()).ToArray();
        var victim = platform.Cluster.Silos.Single(s => s.Name == TestClusters.ProxiedSiloName);
        var gateways = await TestDatabase.ScalarAsync<long>(platform.ConnectionString,
            "SELECT count(*) FROM orleans_membership WHERE deployment_id = @cluster AND status = 3 AND proxy_port > 0", ("cluster", platform.ClusterId));
        Assert.Equal(2, gateways); // both silos are gateways the nodes use
        foreach (var node in nodes)
        {
            for (var i = 0; i < 4; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await node.GetAsync(Routes.HealthReady)).StatusCode); // through both gateways
            }
        }

        platform.Proxy.Blackhole(); // the host vanishes from the network ...
        await platform.Cluster.KillSiloAsync(victim); // ... and its silo is gone

        // Probe every node over and over until the survivor has declared the dead silo dead, and a few rounds after.
        var answers = new List<(int Node, HttpStatusCode Status, string Body)>();
        var declaredDead = false;
        var roundsAfter = 0;
        using var deadline = new CancellationTokenSource(Eventually.Deadline);
        while (roundsAfter < 5 && !deadline.IsCancellationRequested)
        {
            var round = await Task.WhenAll(nodes.Select(async (node, i) =>
            {
                var response = await node.GetAsync(Routes.HealthReady);
                return (i, response.StatusCode, await response.Content.ReadAsStringAsync());
            }));
            answers.AddRange(round);
            roundsAfter += declaredDead ? 1 : 0;
            declaredDead |= await TestDatabase.ScalarAsync<int>(platform.ConnectionString,
                "SELECT status FROM orleans_membership WHERE deployment_id = @cluster AND port = @port AND generation = @generation",
                ("cluster", platform.ClusterId), ("port", victim.SiloAddress.Endpoint.Port), ("generation", victim.SiloAddress.Generation)) == DeadStatus;
        }

        Assert.True(declaredDead, "the surviving silo never declared the killed one dead");
        Assert.True(answers.Count >= 5 * nodes.Length);
        Assert.All(answers, a => Assert.True(a.Status == HttpStatusCode.OK, $"node {a.Node}: {(int)a.Status} {a.Body}"));
        foreach (var node in nodes)
        {
            node.Dispose();
        }
    }
}
