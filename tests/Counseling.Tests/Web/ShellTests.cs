using Counseling.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Counseling.Tests.Web;

/// <summary>What every page shares: times in the reader's zone, the bell, navigation, focus and accessibility.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ShellTests(PlatformFixture platform)
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task TimesFollowTheZoneAPersonChoseNotTheBrowsersNorTheCounselors()
    {
        var browser = await platform.BrowserAsync();
        var counselor = await platform.BookableCounselorAsync(Scenario.Profile("Dr. Central Time", timeZone: "America/Chicago"));
        var client = await platform.RegisterAsync("client", displayName: "Nora York");

        // The browser runs in Tokyo; the person lives in New York and says so once.
        var page = await browser.SignedInPageAsync(client.User.Email, Password, timeZone: "Asia/Tokyo");
        await page.GotoAsync("/#/account");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your account" })).ToBeVisibleAsync();
        await page.GetByLabel("Time zone").SelectOptionAsync("America/New_York");
        await page.GetByLabel("12-hour (3:30 PM)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("#toast")).ToContainTextAsync("Times are now shown in America/New_York");
        await BrowserSession.AssertAccessibleAsync(page);
        await BrowserSession.ScreenshotAsync(page, "account-time-zone");

        await page.ReloadAsync(); // remembered on the profile, not in the browser
        await Assertions.Expect(page.GetByLabel("Time zone")).ToHaveValueAsync("America/New_York");
        await BrowserSession.WaitForLiveAsync(page);

        // A session at 15:30 UTC: 10:30 AM in New York in winter (9:30 in Chicago, 00:30 the next day in Tokyo).
        var start = NextAt(15, 30);
        var local = TimeZoneInfo.ConvertTime(start, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        var expected = local.ToString("ddd, MMM d, h:mm tt", System.Globalization.CultureInfo.GetCultureInfo("en-US"));
        using var api = platform.CreateClient(client.AccessToken);
        await api.BookAsync(counselor.Id, start);
        await Assertions.Expect(page.Locator("#toast")).ToContainTextAsync("Your session is booked");
        await Assertions.Expect(page.Locator("#toast")).ToContainTextAsync(expected);
        await page.Locator("#bell").ClickAsync();
        var booked = page.Locator(".notification").Filter(new() { HasText = "Your session is booked" });
        await Assertions.Expect(booked).ToContainTextAsync($"With Dr. Central Time, {expected}.");
        await Assertions.Expect(booked).Not.ToContainTextAsync("CST");
        await BrowserSession.ScreenshotAsync(page, "notification-in-readers-zone");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheBellClosesOnEscapeAndPagesNameThemselvesAndTakeFocus()
    {
        var browser = await platform.BrowserAsync();
        var client = await platform.RegisterAsync("client", displayName: "Kim Keys");
        var page = await browser.SignedInPageAsync(client.User.Email, Password);
        await Assertions.Expect(page).ToHaveTitleAsync("Home · Counseling");
        await BrowserSession.AssertAccessibleAsync(page);

        var bell = page.Locator("#bell");
        await bell.ClickAsync();
        await Assertions.Expect(page.Locator("#inbox")).ToBeVisibleAsync();
        await Assertions.Expect(bell).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(page.Locator("#inbox")).ToBeFocusedAsync(); // the panel listens for Escape once it has focus
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("#inbox")).ToBeHiddenAsync();
        await Assertions.Expect(bell).ToBeFocusedAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Kim Keys" }).ClickAsync();
        await Assertions.Expect(page).ToHaveTitleAsync("Your account · Counseling");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your account", Level = 1 })).ToBeFocusedAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SignInTabsFollowTheArrowKeysAndAPageThatNeedsASignInComesBackAfterIt()
    {
        var browser = await platform.BrowserAsync();
        var client = await platform.RegisterAsync("client");
        var page = await browser.NewPageAsync(phone: true);
        await page.GotoAsync("/#/wallet");
        await Assertions.Expect(page).ToHaveTitleAsync("Sign in · Counseling");
        await Assertions.Expect(page.GetByText("Sign in or create a free account to continue.")).ToBeVisibleAsync();
        await BrowserSession.AssertAccessibleAsync(page);

        var signIn = page.GetByRole(AriaRole.Tab, new() { Name = "Sign in" });
        await signIn.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Create account" })).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Create account" })).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#signup-form")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowLeft");
        await Assertions.Expect(page.Locator("#signin-form")).ToBeVisibleAsync();

        var form = page.Locator("#signin-form");
        await form.GetByLabel("Email").FillAsync(client.User.Email);
        await form.GetByLabel("Password").FillAsync(Password);
        await form.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#/wallet$"));
        await Assertions.Expect(page).ToHaveTitleAsync("Payments · Counseling");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ANewCounselorSeesTheirChecklistAndNothingReadsNull()
    {
        var browser = await platform.BrowserAsync();
        var counselor = await platform.RegisterAsync("counselor", displayName: "Ola New");
        var page = await browser.SignedInPageAsync(counselor.User.Email, Password, phone: true);
        var checklist = page.Locator(".checklist");
        await Assertions.Expect(checklist).ToContainTextAsync("0 of 4 done");
        await Assertions.Expect(checklist.Locator("li")).ToHaveCountAsync(4);
        await Assertions.Expect(checklist).ToContainTextAsync("Your license");
        await BrowserSession.AssertAccessibleAsync(page);
        await BrowserSession.ScreenshotAsync(page, "counselor-first-run-phone");

        await page.GotoAsync("/#/appointments");
        await Assertions.Expect(page.GetByText("Nothing booked yet.")).ToBeVisibleAsync();
        Assert.DoesNotContain("null", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    /// <summary>The next day (at least 2 days ahead, past any notice) at this UTC hour and minute.</summary>
    private static DateTimeOffset NextAt(int hour, int minute)
    {
        var day = DateTimeOffset.UtcNow.Date.AddDays(2);
        return new DateTimeOffset(day.Year, day.Month, day.Day, hour, minute, 0, TimeSpan.Zero);
    }
}
