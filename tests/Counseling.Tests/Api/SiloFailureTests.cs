using Counseling.Api.Hubs;
using Counseling.GrainInterfaces.Sessions;
using Counseling.GrainInterfaces.Shared;
using Counseling.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Fault = Counseling.Tests.Infrastructure.FaultyTranscriptStore.Fault;

namespace Counseling.Tests.Api;

/// <summary>
/// A platform of its own: these tests kill silos, or make one stop answering, which the shared cluster's other tests
/// must not see.
/// </summary>
public sealed class IsolatedPlatformFixture : PlatformFixture
{
    protected override bool TranscriptFaults => true;
}

[CollectionDefinition(Name)]
public sealed class SiloFailureCollection : ICollectionFixture<IsolatedPlatformFixture>
{
    public const string Name = "silo-failure";
}

[Collection(SiloFailureCollection.Name)]
public sealed class SiloFailureTests(IsolatedPlatformFixture platform)
{
    [Fact]
    public async Task WhenTheSiloHostingASessionDiesNothingIsLostDuplicatedOrReordered()
    {
        var session = await platform.LiveSessionAsync();
        await using var otherNode = platform.NewApi();
        await using var client = await RoomClient.JoinAsync(platform.Api, session.Client.AccessToken, session.Id);
        await using var counselor = await RoomClient.JoinAsync(otherNode, session.Counselor.Auth.AccessToken, session.Id);
        await Converse(client, counselor, 0, 100);

        // Kill (not stop) the silo that hosts the session grain.
        var grain = platform.Grains.GetGrain<IChatSessionGrain>(session.Id);
        var host = await platform.Grains.GetGrain<IManagementGrain>(0).GetActivationAddress(grain);
        var victim = platform.Cluster.Silos.Single(s => s.SiloAddress.Equals(host));
        await platform.Cluster.KillSiloAsync(victim);

        // Both sides keep talking, resending with the same ids until acknowledged, as the web client does.
        await Converse(client, counselor, 100, 200);

        // Reconnecting clients rejoin with the last sequence they saw.
        await using var clientAgain = await RoomClient.JoinAsync(platform.Api, session.Client.AccessToken, session.Id, client.LastSequence, client);
        await using var counselorAgain = await RoomClient.JoinAsync(otherNode, session.Counselor.Auth.AccessToken, session.Id, counselor.LastSequence, counselor);

        foreach (var room in new[] { clientAgain, counselorAgain })
        {
            await room.WaitForAsync(r => r.Messages.Count >= 400);
            Assert.Equal(Enumerable.Range(1, 400).Select(i => (long)i), room.Messages.Select(m => m.Sequence));
            foreach (var who in new[] { "client", "counselor" })
            {
                Assert.Equal(Enumerable.Range(0, 200).Select(i => $"{who} {i}"), room.Messages.Where(m => m.ClientMessageId.StartsWith(who, StringComparison.Ordinal)).Select(m => m.Body));
            }
        }

        var stored = await TestDatabase.ScalarAsync<long>(platform.ConnectionString, "SELECT count(*) FROM chat_messages WHERE session_id = @id", ("id", session.Id));
        Assert.Equal(400, stored);
        await platform.Cluster.StartAdditionalSiloAsync(); // leave two silos for whoever comes next
    }

    /// <summary>
    /// A send the cluster does not confirm (its silo stopped answering; here its transcript write hangs) is answered
    /// "try-again" instead of holding the sender's connection until Orleans' default timeout, and the resend with the
    /// same id, once the write has gone through, is the same message, stored and delivered once.
    /// </summary>
    [Fact]
    public async Task ASendTheClusterDoesNotConfirmIsAnsweredTryAgainAndItsResendIsStoredOnce()
    {
        var session = await platform.LiveSessionAsync();
        await using var client = await RoomClient.JoinAsync(platform.Api, session.Client.AccessToken, session.Id);
        await using var counselor = await RoomClient.JoinAsync(platform.Api, session.Counselor.Auth.AccessToken, session.Id);
        FaultyTranscriptStore.Arm(session.Id, Fault.BlockedUntilReleased);
        try
        {
            var refused = await Assert.ThrowsAsync<HubException>(() => client.SendAsync("held-up", "held up"));
            Assert.Contains($"{ErrorCodes.TryAgain}: ", refused.Message, StringComparison.Ordinal);

            // The connection (one call at a time) is free again while the write still hangs: its next call is answered.
            var servers = await client.Connection.InvokeAsync<IceServer[]>(nameof(SessionHub.IceServers), session.Id);
            Assert.NotNull(servers);
            Assert.Equal(0, await StoredAsync(session.Id));
        }
        finally
        {
            FaultyTranscriptStore.Release(session.Id);
        }

        var resent = await client.SendAsync("held-up", "held up");
        Assert.Equal((1, true), (resent.Sequence, resent.Duplicate)); // the original, not a second message
        var next = await client.SendAsync("next", "and the session goes on");
        Assert.Equal(2, next.Sequence);

        await counselor.WaitForAsync(c => c.Messages.Count == 2);
        Assert.Equal(["held up", "and the session goes on"], counselor.Messages.Select(m => m.Body));
        Assert.Equal(2, await StoredAsync(session.Id));
    }

    private Task<long> StoredAsync(Guid sessionId) =>
        TestDatabase.ScalarAsync<long>(platform.ConnectionString, "SELECT count(*) FROM chat_messages WHERE session_id = @id", ("id", sessionId));

    private static Task Converse(RoomClient client, RoomClient counselor, int from, int to) =>
        Task.WhenAll(Talk(client, "client", from, to), Talk(counselor, "counselor", from, to));

    private static async Task Talk(RoomClient room, string who, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await room.SendAsync($"{who}-{i}", $"{who} {i}");
                    break;
                }
                catch (Exception) when (attempt < 100)
                {
                    await Task.Delay(200); // the cluster is noticing the dead silo; the retry reuses the id
                }
            }
        }
    }
}
