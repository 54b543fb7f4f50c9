using System.Globalization;
using System.Net.Http.Json;
using Counseling.Api.Apis;
using Counseling.Api.Contracts;
using Counseling.GrainInterfaces.Accounts;
using Counseling.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Counseling.Tests.Web;

/// <summary>The session room's times are the reader's (zone and clock style), and people are named, never "null".</summary>
[Collection(PlatformCollection.Name)]
public sealed class SessionRoomTimesTests(PlatformFixture platform)
{
    private const string Password = "correct horse battery staple";
    private const string Zone = "Asia/Kolkata";
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly TimeZoneInfo Kolkata = TimeZoneInfo.FindSystemTimeZoneById(Zone);

    [Fact]
    public async Task ARoomNotOpenYetSaysWhenItOpensInTheReadersOwnZoneAndClock()
    {
        var browser = await platform.BrowserAsync();
        var counselor = await platform.BookableCounselorAsync(Scenario.Profile("Dr. Early Bird"));
        var client = await platform.RegisterAsync("client", displayName: "Ines Early");
        using var api = platform.CreateClient(client.AccessToken);
        await ReadsTimesInKolkataOnA24HourClockAsync(api);
        var start = Scenario.SlotAhead(TimeSpan.FromHours(2));
        var booked = await api.BookAsync(counselor.Id, start);

        // The browser is in Los Angeles; the person reads times as they chose, in Kolkata on a 24-hour clock.
        var page = await browser.SignedInPageAsync(client.User.Email, Password, phone: true, timeZone: "America/Los_Angeles");
        await page.GotoAsync($"/#/sessions/{booked.Id}");

        var opens = TimeZoneInfo.ConvertTime(start.AddMinutes(-10), Kolkata);
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Kolkata).Date;
        var when = opens.Date == today ? "at " + opens.ToString("H:mm", English) : opens.ToString("ddd, MMM d, H:mm", English);
        await Assertions.Expect(page.Locator(".room-banner")).ToContainTextAsync($"The room opens {when}, in ");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Session with Dr. Early Bird" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Message", Exact = true })).ToBeDisabledAsync();
        Assert.DoesNotContain("null", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserSession.AssertAccessibleAsync(page);
        await BrowserSession.ScreenshotAsync(page, "session-room-not-open-phone");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task MessageTimesAndTheClockFollowTheReadersClockWithoutLeadingZerosAndArrivalsAreNamed()
    {
        var browser = await platform.BrowserAsync();
        var session = await platform.LiveSessionAsync();
        using var api = platform.CreateClient(session.Client.AccessToken);
        await ReadsTimesInKolkataOnA24HourClockAsync(api);
        var client = await browser.SignedInPageAsync(session.Client.User.Email, Password, phone: true, timeZone: "America/New_York");
        await client.GotoAsync($"/#/sessions/{session.Id}");
        var message = client.GetByRole(AriaRole.Textbox, new() { Name = "Message", Exact = true });
        await Assertions.Expect(message).ToBeEnabledAsync();

        var start = TimeZoneInfo.ConvertTime(session.Appointment.Start, Kolkata);
        var end = TimeZoneInfo.ConvertTime(session.Appointment.End, Kolkata);
        await Assertions.Expect(client.Locator(".session-clock")).ToContainTextAsync($"{start.ToString("ddd, MMM d, H:mm", English)} – {end.ToString("H:mm", English)} · video · ");

        var counselor = await browser.SignedInPageAsync(session.Counselor.Auth.User.Email, Password);
        await counselor.GotoAsync($"/#/sessions/{session.Id}");
        await Assertions.Expect(client.Locator("#toast")).ToContainTextAsync("Dr. Test Counselor joined.");

        var before = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Kolkata);
        await message.FillAsync("Good morning.");
        await message.PressAsync("Enter");
        var sent = client.Locator("li.message[data-sequence='1'] .meta");
        await Assertions.Expect(sent).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d{1,2}:\d{2}$"));
        var after = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Kolkata);
        Assert.Contains(await sent.InnerTextAsync(), new[] { before.ToString("H:mm", English), after.ToString("H:mm", English) });

        await counselor.Context.CloseAsync();
        await Assertions.Expect(client.Locator("#toast")).ToContainTextAsync("Dr. Test Counselor left the room.", new() { Timeout = 30_000 });
        Assert.DoesNotContain("null", await client.Locator("body").InnerTextAsync(), StringComparison.Ordinal);
        await client.Context.CloseAsync();
    }

    private static async Task ReadsTimesInKolkataOnA24HourClockAsync(HttpClient api) =>
        (await api.PutAsJsonAsync(Routes.Me.Preferences, new DisplayPreferencesRequest(Zone, ClockStyle.TwentyFourHour), Json.Options)).EnsureSuccessStatusCode();
}
