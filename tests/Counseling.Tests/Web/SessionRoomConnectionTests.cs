using System.Text.RegularExpressions;
using Counseling.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Counseling.Tests.Web;

/// <summary>What the session room shows and does when its connection drops, and what becomes of messages meanwhile.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SessionRoomConnectionTests(PlatformFixture platform)
{
    private const string Password = "correct horse battery staple";
    private const string Waiting = "not sent yet: it goes when the connection is back";

    [Fact]
    public async Task GoingOfflineShowsReconnectingAtOnceAndTheMessageWrittenMeanwhileIsSentOnceWhenBack()
    {
        var browser = await platform.BrowserAsync();
        var session = await platform.LiveSessionAsync();
        var counselor = await SessionRoomPage.OpenAsync(browser, session.Counselor.Auth.User.Email, session.Id);
        var client = await SessionRoomPage.OpenAsync(browser, session.Client.User.Email, session.Id, phone: true);

        await client.Context.SetOfflineAsync(true);
        await Assertions.Expect(client.Locator(".room-banner")).ToContainTextAsync("Reconnecting…", new() { Timeout = 2_000 });
        await SessionRoomPage.SendAsync(client, "Sorry, my train went into a tunnel.");
        await Assertions.Expect(client.Locator("li.message.pending .meta")).ToHaveTextAsync(Waiting, new() { Timeout = 2_000 });
        await BrowserSession.AssertAccessibleAsync(client);
        await BrowserSession.ScreenshotAsync(client, "session-room-offline-phone");

        await client.Context.SetOfflineAsync(false);
        await Assertions.Expect(client.Locator("li.message[data-sequence='1']")).ToContainTextAsync("my train went into a tunnel", new() { Timeout = 30_000 });
        await Assertions.Expect(client.Locator("li.message")).ToHaveCountAsync(1);
        await Assertions.Expect(client.Locator(".room-banner")).ToBeHiddenAsync();
        await Assertions.Expect(counselor.Locator("li.message[data-mine=false]")).ToContainTextAsync("my train went into a tunnel");
        Assert.Equal(1, await StoredAsync(session.Id));

        await client.Context.CloseAsync();
        await counselor.Context.CloseAsync();
    }

    [Fact]
    public async Task AConnectionThatGoesSilentShowsReconnectingWithinSecondsAndItsUnsentMessageWaitsThenGoesOnce()
    {
        var browser = await platform.BrowserAsync();
        var session = await platform.LiveSessionAsync();
        var counselor = await SessionRoomPage.OpenAsync(browser, session.Counselor.Auth.User.Email, session.Id);
        var client = await browser.SignedInPageAsync(session.Client.User.Email, Password);

        // A network that stops passing anything without closing a thing: only the server's silence can tell.
        var silent = false;
        var hub = new Regex("/hubs/session");
        await client.RouteAsync(hub, route => silent ? route.AbortAsync() : route.ContinueAsync()); // reconnect attempts fail meanwhile
        await client.RouteWebSocketAsync(hub, socket =>
        {
            var server = socket.ConnectToServer();
            socket.OnMessage(frame => Forward(frame, server));
            server.OnMessage(frame => Forward(frame, socket));
        });
        void Forward(IWebSocketFrame frame, IWebSocketRoute to)
        {
            if (silent)
            {
                return;
            }

            if (frame.Text is { } text)
            {
                to.Send(text);
            }
            else if (frame.Binary is { } bytes)
            {
                to.Send(bytes);
            }
        }

        await client.GotoAsync($"/#/sessions/{session.Id}");
        await Assertions.Expect(client.GetByRole(AriaRole.Textbox, new() { Name = "Message", Exact = true })).ToBeEnabledAsync();

        silent = true;
        var dropped = DateTimeOffset.UtcNow;
        await SessionRoomPage.SendAsync(client, "Can you still hear me?");
        await Assertions.Expect(client.Locator(".room-banner")).ToContainTextAsync("Reconnecting…", new() { Timeout = 15_000 });
        var noticedAfter = DateTimeOffset.UtcNow - dropped;
        Assert.True(noticedAfter < TimeSpan.FromSeconds(14), $"The drop was shown after {noticedAfter.TotalSeconds:0.0} s.");
        await Assertions.Expect(client.Locator("li.message.pending .meta")).ToHaveTextAsync(Waiting, new() { Timeout = 1_000 }); // marked at once

        silent = false;
        await Assertions.Expect(client.Locator("li.message[data-sequence='1']")).ToContainTextAsync("Can you still hear me?", new() { Timeout = 30_000 });
        await Assertions.Expect(client.Locator("li.message")).ToHaveCountAsync(1);
        await Assertions.Expect(client.Locator(".room-banner")).ToBeHiddenAsync();
        await Assertions.Expect(counselor.Locator("li.message[data-mine=false]")).ToContainTextAsync("Can you still hear me?");
        Assert.Equal(1, await StoredAsync(session.Id));

        await client.Context.CloseAsync();
        await counselor.Context.CloseAsync();
    }

    private Task<long> StoredAsync(Guid sessionId) =>
        TestDatabase.ScalarAsync<long>(platform.ConnectionString, "SELECT count(*) FROM chat_messages WHERE session_id = @id", ("id", sessionId));
}
