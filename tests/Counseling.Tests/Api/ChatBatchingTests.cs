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
        var acks = new ConcurrentBag<(string Id, long Sequence, bool Duplicate)>();

        // Each participant sends every message from both of its connections at once (a resend racing the original),
        // while the grain also takes a burst of sends directly.
        async Task Talk(RoomClient first, RoomClient second, string who)
        {
            for (var i = 0; i < 60; i++)
            {
                var id = $"{who}-{i}";
                var both = await Task.WhenAll(first.SendAsync(id, $"{who} says {i}"), second.SendAsync(id, $"{who} says {i}"));
                foreach (var ack in both)
                {
                    acks.Add((id, ack.Sequence, ack.Duplicate));
                }
            }
        }

        async Task Burst()
        {
            var results = await Task.WhenAll(Enumerable.Range(0, 120).Select(i => grain.SendAsync(session.Client.User.Id, $"burst-{i}", $"burst {i}")));
            foreach (var (result, i) in results.Select((r, i) => (r, i)))
            {
                Assert.Null(result.Error);
                acks.Add(($"burst-{i}", result.Sequence, result.Duplicate));
            }
        }

        await Task.WhenAll(Talk(rooms[0], rooms[1], "client"), Talk(rooms[2], rooms[3], "counselor"), Burst());

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

        foreach (var (room, order) in rooms.Zip(arrivals))
        {
            await room.WaitForAsync(_ => order.Count >= distinct);
            await Task.Delay(100); // a repeated push would arrive right behind
            // Each exactly once. Pushes are Orleans one-way messages without an ordering guarantee between them, so
            // the clients order by sequence (as the web client and RoomClient do); the numbering is what is in order.
            Assert.Equal(Enumerable.Range(1, distinct).Select(i => (long)i), order.Order());
            await room.DisposeAsync();
        }
    }

    [Fact]
    public async Task ABatchMeetingRowsWrittenElsewhereIsRenumberedAfterThemAndAResendFindsItsOriginal()
    {
        var session = await platform.LiveSessionAsync();
        var client = session.Client.User.Id;
        var grain = platform.Grains.GetGrain<IChatSessionGrain>(session.Id);
        Assert.Equal(1, (await grain.SendAsync(client, "a", "first")).Sequence);

        // Another activation (for a moment after a silo failure) stored number 2 without this one knowing.
        await TestDatabase.ScalarAsync<int>(platform.ConnectionString, """
            INSERT INTO chat_messages (session_id, sequence, client_message_id, sender_id, body, sent_at)
            VALUES (@id, 2, 'elsewhere', @sender, 'written by another activation', now())
            """, ("id", session.Id), ("sender", client));

        string[] ids = ["b", "c", "elsewhere", "d"];
        var results = await Task.WhenAll(ids.Select(id => grain.SendAsync(client, id, $"text {id}")));

        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal(2, results[2].Sequence); // the resend got the stored original
        Assert.True(results[2].Duplicate);
        Assert.Equal([3L, 4L, 5L], new[] { results[0], results[1], results[3] }.Select(r => r.Sequence).Order());
        var history = (await grain.HistoryAsync(client, 0, 100)).Messages;
        Assert.Equal([1L, 2L, 3L, 4L, 5L], history.Select(m => m.Sequence));
        Assert.Equal(5, history.Select(m => m.ClientMessageId).Distinct().Count());
    }
}
