using Counseling.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Counseling.Tests.Web;

/// <summary>The video side of the session room: a call on a phone, and the camera and microphone check before it.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SessionRoomCallTests(PlatformFixture platform)
{
    private const string ChatFollowsItsEnd =
        "() => { const l = document.querySelector('ol.chat'); return l.scrollHeight > l.clientHeight && l.scrollHeight - l.scrollTop - l.clientHeight < 4; }";

    [Fact]
    public async Task OnAPhoneAConnectedCallStaysOnScreenWhileMessagesArrive()
    {
        var browser = await platform.BrowserAsync();
        var session = await platform.LiveSessionAsync();
        var counselor = await SessionRoomPage.OpenAsync(browser, session.Counselor.Auth.User.Email, session.Id);
        var client = await SessionRoomPage.OpenAsync(browser, session.Client.User.Email, session.Id, phone: true);
        await SessionRoomPage.SendAsync(counselor, "Welcome. Start the video whenever you are ready.");
        await Assertions.Expect(client.Locator("li.message[data-mine=false]")).ToHaveCountAsync(1);

        // The button is below the chat on a phone; once the call starts, the call moves above the chat.
        await client.GetByRole(AriaRole.Button, new() { Name = "Start video call" }).ClickAsync();
        await Assertions.Expect(client.Locator("#call-state")).ToHaveAttributeAsync("data-state", "connected", new() { Timeout = 30_000 });
        await Assertions.Expect(counselor.Locator("#call-state")).ToHaveAttributeAsync("data-state", "connected", new() { Timeout = 30_000 });
        Assert.True(await FullyOnScreenAsync(client, ".videos"), "The call should be on screen once it connects.");

        var scrolledTo = await client.EvaluateAsync<double>("() => window.scrollY");
        for (var i = 1; i <= 10; i++)
        {
            await SessionRoomPage.SendAsync(counselor, $"Line {i} of what I want to say, long enough to take some room on a phone screen.");
        }

        await Assertions.Expect(client.Locator("li.message[data-mine=false]")).ToHaveCountAsync(11);
        await Assertions.Expect(client.Locator("li.message[data-mine=false]").Last).ToContainTextAsync("Line 10");
        Assert.Equal(scrolledTo, await client.EvaluateAsync<double>("() => window.scrollY"));
        Assert.True(await FullyOnScreenAsync(client, ".videos"), "New messages scrolled the call off the screen.");
        Assert.True(await client.EvaluateAsync<bool>(ChatFollowsItsEnd), "The chat list should scroll inside itself to the newest message.");
        Assert.True(await client.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The room scrolls sideways on a phone.");
        await BrowserSession.AssertAccessibleAsync(client);
        await BrowserSession.ScreenshotAsync(client, "session-room-call-phone");

        await client.Context.CloseAsync();
        await counselor.Context.CloseAsync();
    }

    [Fact]
    public async Task BeforeACallAPersonSeesTheirOwnCameraAndHowLoudTheirMicrophoneIs()
    {
        var browser = await platform.BrowserAsync();
        var session = await platform.LiveSessionAsync();
        var client = await SessionRoomPage.OpenAsync(browser, session.Client.User.Email, session.Id, phone: true);

        await client.GetByRole(AriaRole.Button, new() { Name = "Check camera and microphone" }).ClickAsync();
        var result = client.Locator(".check-result");
        await Assertions.Expect(result).ToContainTextAsync("Your camera works.");
        await client.WaitForFunctionAsync("() => { const v = document.querySelector('video.preview'); return v && v.srcObject && v.videoWidth > 0; }");
        await Assertions.Expect(result).ToContainTextAsync("We can hear you.", new() { Timeout = 15_000 }); // the fake microphone beeps
        Assert.True(await client.EvaluateAsync<bool>("() => document.querySelector('#mic-level').value > 0 || document.querySelector('.check-result').dataset.heard === 'true'"));
        await BrowserSession.AssertAccessibleAsync(client);
        await BrowserSession.ScreenshotAsync(client, "session-room-device-check-phone");

        // The call takes the checked camera and microphone over.
        var counselor = await SessionRoomPage.OpenAsync(browser, session.Counselor.Auth.User.Email, session.Id);
        await client.GetByRole(AriaRole.Button, new() { Name = "Start video call" }).ClickAsync();
        await Assertions.Expect(client.Locator("#call-state")).ToHaveAttributeAsync("data-state", "connected", new() { Timeout = 30_000 });
        Assert.True(await client.EvaluateAsync<bool>("() => document.querySelector('video.local').srcObject?.getVideoTracks().some(t => t.readyState === 'live') === true"));
        await client.Context.CloseAsync();
        await counselor.Context.CloseAsync();
    }

    [Theory]
    [InlineData("NotAllowedError", "Your browser is not letting this page use your camera and microphone.")]
    [InlineData("NotFoundError", "No camera or microphone was found.")]
    public async Task ARefusedPermissionOrAMissingDeviceIsSaidPlainlyAndTheChatGoesOn(string browserError, string told)
    {
        var browser = await platform.BrowserAsync();
        var session = await platform.LiveSessionAsync();
        var client = await SessionRoomPage.OpenAsync(browser, session.Client.User.Email, session.Id, phone: true);
        await client.EvaluateAsync($"() => {{ navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('refused by the test', '{browserError}')); }}");

        await client.GetByRole(AriaRole.Button, new() { Name = "Check camera and microphone" }).ClickAsync();
        await Assertions.Expect(client.GetByRole(AriaRole.Alert).Filter(new() { HasText = told })).ToBeVisibleAsync();
        await BrowserSession.AssertAccessibleAsync(client);

        await client.GetByRole(AriaRole.Button, new() { Name = "Start video call" }).ClickAsync();
        await Assertions.Expect(client.Locator("#toast")).ToContainTextAsync(told);
        await Assertions.Expect(client.Locator("#call-state")).ToHaveAttributeAsync("data-state", "failed");
        await SessionRoomPage.SendAsync(client, "No video today, chat is fine.");
        await Assertions.Expect(client.Locator("li.message[data-sequence]")).ToContainTextAsync("No video today");
        await client.Context.CloseAsync();
    }

    private static Task<bool> FullyOnScreenAsync(IPage page, string selector) =>
        page.EvaluateAsync<bool>(
            "selector => { const r = document.querySelector(selector).getBoundingClientRect(); return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight; }",
            selector);
}
