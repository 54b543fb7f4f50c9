using Counseling.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Counseling.Tests.Web;

[Collection(PlatformCollection.Name)]
public sealed class SessionRoomTests(PlatformFixture platform)
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task ClientAndCounselorChatBothWaysAndConnectAVideoCall()
    {
        var browser = await platform.BrowserAsync();
        var session = await platform.LiveSessionAsync();

        var counselor = await browser.SignedInPageAsync(session.Counselor.Auth.User.Email, Password);
        await counselor.GotoAsync("/#/appointments");
        await counselor.GetByRole(AriaRole.Link, new() { Name = "Join session" }).ClickAsync();
        await Assertions.Expect(counselor.GetByRole(AriaRole.Heading, new() { Name = "Session with Session Client" })).ToBeVisibleAsync();

        var client = await browser.SignedInPageAsync(session.Client.User.Email, Password, phone: true); // many clients join from a phone
        await client.GotoAsync($"/#/sessions/{session.Id}");
        await Assertions.Expect(client.GetByRole(AriaRole.Textbox, new() { Name = "Message", Exact = true })).ToBeEnabledAsync();
        await Assertions.Expect(client.Locator(".session-clock")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"· (starts in \d+ min|\d+ min left)$"));

        await client.GetByRole(AriaRole.Textbox, new() { Name = "Message", Exact = true }).FillAsync("Hi, I'm a little nervous <b>today</b>.");
        await client.GetByRole(AriaRole.Textbox, new() { Name = "Message", Exact = true }).PressAsync("Enter");
        await Assertions.Expect(counselor.Locator("li.message[data-mine=false]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Hi, I'm a little nervous <b>today</b>\\."));
        await counselor.GetByRole(AriaRole.Textbox, new() { Name = "Message", Exact = true }).FillAsync("That's completely okay. Take your time.");
        await counselor.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Assertions.Expect(client.Locator("li.message[data-mine=false]")).ToContainTextAsync("Take your time.");
        await Assertions.Expect(client.Locator("li.message[data-mine=true] .seen")).ToHaveTextAsync("Seen"); // the counselor read it

        await client.GetByRole(AriaRole.Button, new() { Name = "Start video call" }).ClickAsync();
        await Assertions.Expect(client.GetByRole(AriaRole.Button, new() { Name = "Hang up" })).ToBeEnabledAsync();
        await Assertions.Expect(client.Locator("#call-state")).ToHaveAttributeAsync("data-state", "connected", new() { Timeout = 30_000 });
        await Assertions.Expect(counselor.Locator("#call-state")).ToHaveAttributeAsync("data-state", "connected", new() { Timeout = 30_000 });
        Assert.True(await client.EvaluateAsync<bool>("() => document.querySelector('video.remote').srcObject !== null"));
        Assert.True(await client.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The room scrolls sideways on a phone.");
        const string VideoAboveChat = "() => document.querySelector('.video-card').getBoundingClientRect().top < document.querySelector('.chat-card').getBoundingClientRect().top";
        Assert.True(await client.EvaluateAsync<bool>(VideoAboveChat), "On a phone, a connected call should come before the chat.");
        await BrowserSession.ScreenshotAsync(client, "session-room-client-phone");
        await BrowserSession.ScreenshotAsync(counselor, "session-room-counselor");

        await counselor.GetByRole(AriaRole.Button, new() { Name = "Hang up" }).ClickAsync();
        await Assertions.Expect(client.Locator("#call-state")).ToHaveAttributeAsync("data-state", "ended");
        Assert.False(await client.EvaluateAsync<bool>(VideoAboveChat), "After the call, the chat comes first again.");
        await Assertions.Expect(client.GetByRole(AriaRole.Button, new() { Name = "Start video call" })).ToBeVisibleAsync(); // hidden during the call
        await client.GetByRole(AriaRole.Textbox, new() { Name = "Message", Exact = true }).FillAsync("Thank you.");
        await client.GetByRole(AriaRole.Textbox, new() { Name = "Message", Exact = true }).PressAsync("Enter"); // chat keeps working after the call
        await Assertions.Expect(counselor.Locator("li.message[data-mine=false]").Last).ToContainTextAsync("Thank you.");

        await client.Context.CloseAsync();
        await counselor.Context.CloseAsync();
    }

    [Fact]
    public async Task AnOutsiderOpeningTheRoomIsToldItIsNotTheirs()
    {
        var browser = await platform.BrowserAsync();
        var session = await platform.LiveSessionAsync();
        var stranger = await platform.RegisterAsync("client");
        var page = await browser.SignedInPageAsync(stranger.User.Email, Password, phone: true);

        await page.GotoAsync($"/#/sessions/{session.Id}");

        await Assertions.Expect(page.Locator(".room-banner")).ToHaveTextAsync("This session is not one of yours.");
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Message", Exact = true })).ToBeDisabledAsync();
        await page.Context.CloseAsync();
    }
}
