using Counseling.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Counseling.Tests.Web;

/// <summary>What the session-room browser tests do alike: open the room signed in, and send a message as a person does.</summary>
public static class SessionRoomPage
{
    private const string Password = "correct horse battery staple";

    /// <summary>Signs in, opens the room and waits until it lets the person write.</summary>
    public static async Task<IPage> OpenAsync(BrowserSession browser, string email, Guid sessionId, bool phone = false)
    {
        var page = await browser.SignedInPageAsync(email, Password, phone);
        await page.GotoAsync($"/#/sessions/{sessionId}");
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Message", Exact = true })).ToBeEnabledAsync();
        return page;
    }

    /// <summary>Types a message and presses Enter.</summary>
    public static async Task SendAsync(IPage page, string text)
    {
        var message = page.GetByRole(AriaRole.Textbox, new() { Name = "Message", Exact = true });
        await message.FillAsync(text);
        await message.PressAsync("Enter");
    }
}
