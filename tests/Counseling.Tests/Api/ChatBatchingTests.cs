using System.Collections.Concurrent;
using Counseling.Api.Hubs;
using Counseling.GrainInterfaces.Sessions;
using Counseling.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace Counseling.Tests.Api;

/// <summary>
/// Sends into one session at the same time, from several connections, nodes and resends: they are written in
/// batches, and still numbered without gaps, stored once per client message id, and pushed once each.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ChatBatchingTests(PlatformFixture platform)
{
    [Fact]
    public async Task ManySendsAtOnceAreNumberedWithoutGapsStoredOnceAndPushedOnceEach()
    {
        var session = await platform.LiveSessionAsync();
        await using var otherNode = platform.NewApi();
        var clientToken = session.Client.AccessToken;
        var counselorToken = session.Counselor.Auth.AccessToken;
        var rooms = new[]
        {
            await RoomClient.JoinAsync(platform.Api, clientToken, session.Id),
            await RoomClient.JoinAsync(otherNode, clientToken, session.Id),
            await RoomClient.JoinAsync(platform.Api, counselorToken, session.Id),
            await RoomClient.JoinAsync(otherNode, counselorToken, session.Id),
        };
        var arrivals = rooms.Select(room =>
        {
            var order = new ConcurrentQueue<long>();
            room.Connection.On<ChatMessage>(nameof(ISessionClient.Message), m => order.Enqueue(m.Sequence));
            return order;
        }).ToArray();
        var grain = platform.Grains.GetGrain<IChatSessionGrain>(session.Id);
        var acks = new ConcurrentBag<(int Connection, string Id, long Sequence, bool Duplicate)>();

        // Each participant sends every message from both of its connections at once (a resend racing the original),
        // while the grain also takes a burst of sends directly.
        async Task Talk(int first, int second, string who)
        {
            for (var i = 0; i < 60; i++)
            {
                var id = $"{who}-{i}";
                var both = await Task.WhenAll(rooms[first].SendAsync(id, $"{who} says {i}"), rooms[second].SendAsync(id, $"{who} says {i}"));
                acks.Add((first, id, both[0].Sequence, both[0].Duplicate));
                acks.Add((second, id, both[1].Sequence, both[1].Duplicate));
            }
        }

        async Task Burst()
        {
            var results = await Task.WhenAll(Enumerable.Range(0, 120).Select(i => grain.SendAsync(session.Client.User.Id, $"burst-{i}", $"burst {i}")));
            foreach (var (result, i) in results.Select((r, i) => (r, i)))
            {
                Assert.Null(result.Error);
                acks.Add((-1, $"burst-{i}", result.Value!.Sequence, result.Value!.Duplicate));
            }
        }

        await Task.WhenAll(Talk(0, 1, "client"), Talk(2, 3, "counselor"), Burst());

        const int distinct = 60 + 60 + 120;
        var byId = acks.GroupBy(a => a.Id).ToList();
        Assert.Equal(distinct, byId.Count);
        Assert.All(byId, g => Assert.Single(g.Select(a => a.Sequence).Distinct())); // a resend gets the original's number
        Assert.All(byId.Where(g => !g.Key.StartsWith("burst", StringComparison.Ordinal)), g => Assert.Single(g, a => !a.Duplicate));
        Assert.Equal(Enumerable.Range(1, distinct).Select(i => (long)i), byId.Select(g => g.First().Sequence).Order());

        async Task<long> Stored(string aggregate) =>
            await TestDatabase.ScalarAsync<long>(platform.ConnectionString, $"SELECT {aggregate} FROM chat_messages WHERE session_id = @id", ("id", session.Id));
        Assert.Equal(distinct, await Stored("count(*)"));
        Assert.Equal(distinct, await Stored("count(DISTINCT client_message_id)"));
        Assert.Equal(distinct, await Stored("max(sequence)"));

        // One more message, sent after all the others and pushed to every connection: a repeated push would come right
        // behind the first, so before this one.
        var sentinel = (await grain.SendAsync(session.Client.User.Id, "sentinel", "last one")).Value!.Sequence;
        Assert.Equal(distinct + 1, sentinel);
        var all = Enumerable.Range(1, distinct + 1).Select(i => (long)i).ToList();
        for (var k = 0; k < rooms.Length; k++)
        {
            // Pushed exactly once to every connection but the one whose send stored it (that one has the ack).
            // Successive pushes are separate Orleans one-way calls, and this test has seen two of them arrive swapped:
            // clients order by sequence (the web client and RoomClient do), so the numbering is what must be in order.
            var sentHere = acks.Where(a => a.Connection == k && !a.Duplicate).Select(a => a.Sequence).ToHashSet();
            var expected = all.Where(q => !sentHere.Contains(q)).ToList();
            await rooms[k].WaitForAsync(_ => arrivals[k].Contains(sentinel) && arrivals[k].Count >= expected.Count);
            Assert.Equal(expected, arrivals[k].Order());
            Assert.Equal(all, rooms[k].Messages.Select(m => m.Sequence)); // what the participant sees: everything
            await rooms[k].DisposeAsync();
        }
    }

    [Fact]
    public async Task ABatchMeetingRowsWrittenElsewhereIsRenumberedAfterThemAndAResendFindsItsOriginal()
    {
        var session = await platform.LiveSessionAsync();
        var client = session.Client.User.Id;
        var grain = platform.Grains.GetGrain<IChatSessionGrain>(session.Id);
        Assert.Equal(1, (await grain.SendAsync(client, "a", "first")).Value!.Sequence);

        // Another activation (for a moment after a silo failure) stored number 2 without this one knowing.
        await TestDatabase.ScalarAsync<int>(platform.ConnectionString, """
            INSERT INTO chat_messages (session_id, sequence, client_message_id, sender_id, body, sent_at)
            VALUES (@id, 2, 'elsewhere', @sender, 'written by another activation', now())
            """, ("id", session.Id), ("sender", client));

        string[] ids = ["b", "c", "elsewhere", "d"];
        var results = await Task.WhenAll(ids.Select(id => grain.SendAsync(client, id, $"text {id}")));

        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal(2, results[2].Value!.Sequence); // the resend got the stored original
        Assert.True(results[2].Value!.Duplicate);
        Assert.Equal([3L, 4L, 5L], new[] { results[0], results[1], results[3] }.Select(r => r.Value!.Sequence).Order());
        var history = (await grain.HistoryAsync(client, 0, 100)).Value!.Messages;
        Assert.Equal([1L, 2L, 3L, 4L, 5L], history.Select(m => m.Sequence));
        Assert.Equal(5, history.Select(m => m.ClientMessageId).Distinct().Count());
    }
}
