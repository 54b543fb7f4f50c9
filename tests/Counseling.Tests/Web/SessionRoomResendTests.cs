using Counseling.Tests.Api;
using Counseling.Tests.Infrastructure;
using Microsoft.Playwright;
using Fault = Counseling.Tests.Infrastructure.FaultyTranscriptStore.Fault;

namespace Counseling.Tests.Web;

/// <summary>The session room's answer to a message the platform could not confirm while the connection stayed up.</summary>
[Collection(SiloFailureCollection.Name)]
public sealed class SessionRoomResendTests(IsolatedPlatformFixture platform)
{
    private const string Password = "correct horse battery staple";

    /// <summary>Bounds a failing wait: the first "try-again" comes only after the send's response timeout.</summary>
    private static readonly LocatorAssertionsToHaveTextOptions AfterTheSendTimeout = new() { Timeout = 60_000 };

    [Fact]
    public async Task AMessageThePlatformDidNotConfirmIsSentAgainWithoutAReconnectAndShownOnce()
    {
        var browser = await platform.BrowserAsync();
        var session = await platform.LiveSessionAsync();
        var client = await browser.SignedInPageAsync(session.Client.User.Email, Password);
        await client.GotoAsync($"/#/sessions/{session.Id}");
        var message = client.GetByRole(AriaRole.Textbox, new() { Name = "Message", Exact = true });
        await Assertions.Expect(message).ToBeEnabledAsync();

        FaultyTranscriptStore.Arm(session.Id, Fault.BlockedUntilReleased);
        try
        {
            await message.FillAsync("Are you there?");
            await message.PressAsync("Enter");
            await Assertions.Expect(client.Locator("li.message.pending .meta")).ToHaveTextAsync("sending again…", AfterTheSendTimeout);
        }
        finally
        {
            FaultyTranscriptStore.Release(session.Id);
        }

        // Resent by the page itself: no reconnect happened that would have resent it.
        await Assertions.Expect(client.Locator("li.message[data-sequence='1']")).ToContainTextAsync("Are you there?", new() { Timeout = 60_000 });
        await Assertions.Expect(client.Locator("li.message")).ToHaveCountAsync(1);
        await Assertions.Expect(client.Locator(".room-banner")).ToBeHiddenAsync();
        var stored = await TestDatabase.ScalarAsync<long>(platform.ConnectionString, "SELECT count(*) FROM chat_messages WHERE session_id = @id", ("id", session.Id));
        Assert.Equal(1, stored);
        await client.Context.CloseAsync();
    }
}
