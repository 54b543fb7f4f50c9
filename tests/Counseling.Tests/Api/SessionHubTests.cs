using System.Collections.Concurrent;
using System.Net.Http.Json;
using Counseling.Api.Apis;
using Counseling.Api.Contracts;
using Counseling.Api.Hubs;
using Counseling.GrainInterfaces.Sessions;
using Counseling.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Counseling.Tests.Api;

/// <summary>A participant's view of a session room: what arrived, deduplicated by sequence as the web client does.</summary>
public sealed class RoomClient : IAsyncDisposable
{
    private readonly ConcurrentDictionary<long, ChatMessage> _received = new();
    private readonly ConcurrentQueue<SessionEvent> _events = new();

    private RoomClient(HubConnection connection, Guid sessionId)
    {
        Connection = connection;
        SessionId = sessionId;
        connection.On<ChatMessage>(nameof(ISessionClient.Message), m => _received.TryAdd(m.Sequence, m));
        connection.On<Guid, SessionEvent>(nameof(ISessionClient.Event), (_, e) => _events.Enqueue(e));
    }

    public HubConnection Connection { get; }

    public Guid SessionId { get; }

    /// <summary>Every message seen: pushed live or caught up by sequence after a (re)join.</summary>
    public IReadOnlyCollection<ChatMessage> Messages => [.. _received.Values.OrderBy(m => m.Sequence)];

    public IReadOnlyCollection<SessionEvent> Events => [.. _events];

    /// <summary>
    /// The last sequence up to which nothing is missing: what a reconnecting client rejoins with, so a message whose
    /// push was lost while later ones arrived is fetched too.
    /// </summary>
    public long LastSequence
    {
        get
        {
            var n = 0L;
            while (_received.ContainsKey(n + 1))
            {
                n++;
            }

            return n;
        }
    }

    public static async Task<RoomClient> JoinAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> api, string accessToken, Guid sessionId, long afterSequence = 0, RoomClient? previous = null)
    {
        var connection = await api.ConnectAsync(SessionHub.Route, accessToken);
        var room = new RoomClient(connection, sessionId);
        if (previous is not null)
        {
            foreach (var m in previous.Messages)
            {
                room._received.TryAdd(m.Sequence, m);
            }
        }

        var joined = await connection.InvokeAsync<SessionHub.JoinResponse>(nameof(SessionHub.Join), sessionId, afterSequence);
        room.Add(joined.Missed);
        var more = joined.MoreMissed;
        while (more)
        {
            var page = await connection.InvokeAsync<SessionHub.HistoryResponse>(nameof(SessionHub.History), sessionId, joined.Missed.Length == 0 ? room.LastSequence : joined.Missed[^1].Sequence, 500);
            room.Add(page.Messages);
            more = page.More;
        }

        return room;
    }

    /// <summary>Sends; the acknowledged message counts as seen, as in the web client (its push goes to the other connections).</summary>
    public async Task<SessionHub.SendAck> SendAsync(string clientMessageId, string text)
    {
        var ack = await Connection.InvokeAsync<SessionHub.SendAck>(nameof(SessionHub.Send), SessionId, clientMessageId, text);
        _received.TryAdd(ack.Sequence, new ChatMessage(SessionId, ack.Sequence, clientMessageId, Guid.Empty, text, ack.SentAt));
        return ack;
    }

    public async Task WaitForAsync(Func<RoomClient, bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60)); // bounds a failing test only
        while (!condition(this))
        {
            await Task.Delay(20, timeout.Token);
        }
    }

    private void Add(IEnumerable<ChatMessage> messages)
    {
        foreach (var m in messages)
        {
            _received.TryAdd(m.Sequence, m);
        }
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}

[Collection(PlatformCollection.Name)]
public sealed class SessionHubTests(PlatformFixture platform)
{
    [Fact]
    public async Task TwoParticipantsExchangeAThousandMessagesEachArrivingOnceAndInOrder()
    {
        var session = await platform.LiveSessionAsync();
        await using var otherNode = platform.NewApi();
        await using var client = await RoomClient.JoinAsync(platform.Api, session.Client.AccessToken, session.Id);
        await using var counselor = await RoomClient.JoinAsync(otherNode, session.Counselor.Auth.AccessToken, session.Id);
        var duplicatesSeen = new ConcurrentDictionary<long, int>();
        client.Connection.On<ChatMessage>(nameof(ISessionClient.Message), m => duplicatesSeen.AddOrUpdate(m.Sequence, 1, (_, n) => n + 1));

        async Task Talk(RoomClient from, string who)
        {
            for (var i = 0; i < 500; i++)
            {
                var ack = await from.SendAsync($"{who}-{i}", $"{who} says {i}");
                Assert.False(ack.Duplicate);
            }
        }

        await Task.WhenAll(Talk(client, "client"), Talk(counselor, "counselor"));
        await client.WaitForAsync(c => c.Messages.Count == 1000);
        await counselor.WaitForAsync(c => c.Messages.Count == 1000);

        foreach (var room in new[] { client, counselor })
        {
            Assert.Equal(Enumerable.Range(1, 1000).Select(i => (long)i), room.Messages.Select(m => m.Sequence));
            foreach (var who in new[] { "client", "counselor" })
            {
                var said = room.Messages.Where(m => m.ClientMessageId.StartsWith(who + "-", StringComparison.Ordinal)).Select(m => m.Body).ToList();
                Assert.Equal(Enumerable.Range(0, 500).Select(i => $"{who} says {i}"), said); // each side's order kept
            }
        }

        Assert.All(duplicatesSeen.Values, count => Assert.Equal(1, count)); // the live push never delivered one twice
        var stored = await TestDatabase.ScalarAsync<long>(platform.ConnectionString, "SELECT count(*) FROM chat_messages WHERE session_id = @id", ("id", session.Id));
        Assert.Equal(1000, stored);
    }

    [Fact]
    public async Task ParticipantsJoiningAFreshNodeTogetherGetEachMessagePushedOnce()
    {
        var session = await platform.LiveSessionAsync();
        await using var fresh = platform.NewApi(); // its relay has no observer reference yet
        _ = fresh.Server;
        var rooms = await Task.WhenAll(
            RoomClient.JoinAsync(fresh, session.Client.AccessToken, session.Id),
            RoomClient.JoinAsync(fresh, session.Counselor.Auth.AccessToken, session.Id),
            RoomClient.JoinAsync(fresh, session.Client.AccessToken, session.Id));
        var pushes = new ConcurrentDictionary<long, int>();
        rooms[1].Connection.On<ChatMessage>(nameof(ISessionClient.Message), m => pushes.AddOrUpdate(m.Sequence, 1, (_, n) => n + 1));

        for (var i = 0; i < 20; i++)
        {
            await rooms[0].SendAsync($"together-{i}", $"message {i}");
        }

        await rooms[1].WaitForAsync(r => r.Messages.Count == 20);
        await rooms[2].WaitForAsync(r => r.Messages.Count == 20); // the sender's other connection on the node gets them too

        // A second, duplicate push would come right behind the first; one more message, pushed after all of them, comes
        // after that, so once it is here any duplicate would be too.
        var sentinel = await rooms[0].SendAsync("together-sentinel", "last one");
        await rooms[1].WaitForAsync(_ => pushes.ContainsKey(sentinel.Sequence));
        Assert.Equal(Enumerable.Range(1, 21).Select(i => (long)i), pushes.Keys.Order());
        Assert.All(pushes.Values, count => Assert.Equal(1, count));
        foreach (var room in rooms)
        {
            await room.DisposeAsync();
        }
    }

    [Fact]
    public async Task AResentMessageIdIsStoredOnceAndGetsTheOriginalSequence()
    {
        var session = await platform.LiveSessionAsync();
        await using var client = await RoomClient.JoinAsync(platform.Api, session.Client.AccessToken, session.Id);

        var first = await client.SendAsync("retry-1", "Hello, are you there?");
        var again = await client.SendAsync("retry-1", "Hello, are you there?");

        Assert.Equal(first.Sequence, again.Sequence);
        Assert.True(again.Duplicate);
        var rows = await TestDatabase.ScalarAsync<long>(platform.ConnectionString, "SELECT count(*) FROM chat_messages WHERE session_id = @id AND client_message_id = 'retry-1'", ("id", session.Id));
        Assert.Equal(1, rows);
    }

    [Fact]
    public async Task OutsidersCannotJoinSendReadOrSignalOperatorsIncluded()
    {
        var session = await platform.LiveSessionAsync();
        await using var insider = await RoomClient.JoinAsync(platform.Api, session.Client.AccessToken, session.Id);
        await using var witness = await RoomClient.JoinAsync(platform.Api, session.Counselor.Auth.AccessToken, session.Id); // on the outsiders' node
        await insider.SendAsync("private-1", "This is private.");
        var otherClient = await platform.RegisterAsync("client");
        var otherCounselor = await platform.RegisterAsync("counselor");
        using var op = platform.CreateClient();
        var operatorAuth = (await (await op.PostAsJsonAsync(Routes.Auth.Login, new LoginRequest(PlatformFixture.OperatorEmail, PlatformFixture.OperatorPassword))).Content.ReadFromJsonAsync<AuthResponse>(Json.Options))!;

        foreach (var outsider in new[] { otherClient.AccessToken, otherCounselor.AccessToken, operatorAuth.AccessToken })
        {
            await using var connection = await platform.Api.ConnectAsync(SessionHub.Route, outsider);
            var received = new ConcurrentQueue<ChatMessage>();
            connection.On<ChatMessage>(nameof(ISessionClient.Message), received.Enqueue);

            await AssertRefused(() => connection.InvokeAsync<SessionHub.JoinResponse>(nameof(SessionHub.Join), session.Id, 0L));
            await AssertRefused(() => connection.InvokeAsync<SessionHub.HistoryResponse>(nameof(SessionHub.History), session.Id, 0L, 100));
            await AssertRefused(() => connection.InvokeAsync<SessionHub.SendAck>(nameof(SessionHub.Send), session.Id, "x-1", "let me in"));
            await AssertRefused(() => connection.InvokeAsync(nameof(SessionHub.Signal), session.Id, "offer", """{"type":"offer","sdp":"v=0\r\n"}"""));
            await AssertRefused(() => connection.InvokeAsync(nameof(SessionHub.MarkRead), session.Id, 1L));
            await AssertRefused(() => connection.InvokeAsync<IceServer[]>(nameof(SessionHub.IceServers), session.Id));

            // Wait until the node has pushed the message to the room (its other participant has it), then for a reply
            // on the outsider's own connection, which comes after anything the node sent it before.
            var after = $"after-{Guid.NewGuid():N}";
            await insider.SendAsync(after, "Still private.");
            await witness.WaitForAsync(r => r.Messages.Any(m => m.ClientMessageId == after));
            await AssertRefused(() => connection.InvokeAsync<IceServer[]>(nameof(SessionHub.IceServers), session.Id));
            Assert.Empty(received);
        }

        var stored = await TestDatabase.ScalarAsync<long>(platform.ConnectionString, "SELECT count(*) FROM chat_messages WHERE session_id = @id AND body = 'let me in'", ("id", session.Id));
        Assert.Equal(0, stored);
    }

    [Fact]
    public async Task BadMessagesAndSignalsAreRefusedAndTheConnectionSurvives()
    {
        var session = await platform.LiveSessionAsync();
        await using var client = await RoomClient.JoinAsync(platform.Api, session.Client.AccessToken, session.Id);

        await AssertRefused(() => client.SendAsync("empty-1", "   "), "empty");
        await AssertRefused(() => client.SendAsync("big-1", new string('x', 5000)), "too-long");
        await AssertRefused(() => client.SendAsync("bad id with spaces", "hi"), "bad-id");
        await AssertRefused(() => client.Connection.InvokeAsync(nameof(SessionHub.Signal), session.Id, "offer", "not json"), "bad-signal");
        await AssertRefused(() => client.Connection.InvokeAsync(nameof(SessionHub.Signal), session.Id, "offer", """{"type":"offer","sdp":"<script>"}"""), "bad-signal");
        await AssertRefused(() => client.Connection.InvokeAsync(nameof(SessionHub.Signal), session.Id, "ice", """{"candidate":"rm -rf"}"""), "bad-signal");
        await AssertRefused(() => client.Connection.InvokeAsync(nameof(SessionHub.Signal), session.Id, "teleport", "{}"), "bad-signal");
        await AssertRefused(() => client.Connection.InvokeAsync<SessionHub.JoinResponse>(nameof(SessionHub.Join), Guid.NewGuid(), 0L), "not-participant");

        var ok = await client.SendAsync("good-1", "Still connected?");
        Assert.Equal(1, ok.Sequence); // nothing refused was stored or numbered
    }

    [Fact]
    public async Task SignalsTypingAndReadReceiptsReachOnlyTheOtherParticipant()
    {
        var session = await platform.LiveSessionAsync();
        await using var client = await RoomClient.JoinAsync(platform.Api, session.Client.AccessToken, session.Id);
        await using var counselor = await RoomClient.JoinAsync(platform.NewApi(), session.Counselor.Auth.AccessToken, session.Id);
        var offer = """{"type":"offer","sdp":"v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n"}""";

        await client.Connection.InvokeAsync(nameof(SessionHub.Signal), session.Id, "offer", offer);
        await client.Connection.InvokeAsync(nameof(SessionHub.Typing), session.Id);
        var sent = await client.SendAsync("read-me", "Please read this");
        await counselor.WaitForAsync(c => c.Messages.Count == 1);
        await counselor.Connection.InvokeAsync(nameof(SessionHub.MarkRead), session.Id, sent.Sequence);

        await counselor.WaitForAsync(c => c.Events.Any(e => e.Kind == "signal") && c.Events.Any(e => e.Kind == "typing"));
        await client.WaitForAsync(c => c.Events.Any(e => e.Kind == "read"));
        var signal = counselor.Events.First(e => e.Kind == "signal");
        Assert.Equal("offer", signal.Detail);
        Assert.Equal(offer, signal.Data);
        Assert.Equal(session.Client.User.Id, signal.FromUserId);
        Assert.DoesNotContain(client.Events, e => e.Kind is "signal" or "typing"); // not echoed to the sender
        Assert.Equal(sent.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), client.Events.First(e => e.Kind == "read").Data);
        var ice = await client.Connection.InvokeAsync<IceServer[]>(nameof(SessionHub.IceServers), session.Id);
        Assert.Empty(ice); // none configured for the tests: browsers on one machine reach each other directly
    }

    [Fact]
    public async Task AfterAnApiNodeRestartsTheParticipantRejoinsAndGetsExactlyWhatItMissed()
    {
        var session = await platform.LiveSessionAsync();
        var clientNode = platform.NewApi();
        await using var counselor = await RoomClient.JoinAsync(platform.Api, session.Counselor.Auth.AccessToken, session.Id);
        var client = await RoomClient.JoinAsync(clientNode, session.Client.AccessToken, session.Id);
        for (var i = 0; i < 50; i++)
        {
            await counselor.SendAsync($"before-{i}", $"before {i}");
        }

        await client.WaitForAsync(c => c.Messages.Count == 50);
        await clientNode.DisposeAsync(); // the node the client was connected to goes away mid-conversation
        for (var i = 0; i < 50; i++)
        {
            await counselor.SendAsync($"while-{i}", $"while away {i}");
        }

        await using var restarted = platform.NewApi();
        await using var rejoined = await RoomClient.JoinAsync(restarted, session.Client.AccessToken, session.Id, afterSequence: client.LastSequence, previous: client);
        for (var i = 0; i < 50; i++)
        {
            await counselor.SendAsync($"after-{i}", $"after {i}");
        }

        await rejoined.WaitForAsync(c => c.Messages.Count == 150);
        Assert.Equal(Enumerable.Range(1, 150).Select(i => (long)i), rejoined.Messages.Select(m => m.Sequence));
        Assert.Equal(["before 0", "while away 0", "after 49"], new[] { rejoined.Messages.ElementAt(0).Body, rejoined.Messages.ElementAt(50).Body, rejoined.Messages.Last().Body });
        await client.DisposeAsync();
    }

    private static async Task AssertRefused(Func<Task> call, string? code = null)
    {
        var error = await Assert.ThrowsAsync<HubException>(call);
        Assert.Contains(code ?? "not-participant", error.Message, StringComparison.Ordinal);
    }
}
