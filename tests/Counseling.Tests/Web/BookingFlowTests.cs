using System.Net.Http.Json;
using Counseling.Api.Apis;
using Counseling.GrainInterfaces.Booking;
using Counseling.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Counseling.Tests.Web;

[Collection(PlatformCollection.Name)]
public sealed class BookingFlowTests(PlatformFixture platform)
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task APersonWhoPicksATimeBeforeSigningUpComesBackToItHeld()
    {
        var browser = await platform.BrowserAsync();
        var counselor = await platform.BookableCounselorAsync(Scenario.Profile("Dr. Come Back"));
        var page = await browser.NewPageAsync(phone: true);
        await page.GotoAsync($"/#/counselors/{counselor.Id}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dr. Come Back" })).ToBeVisibleAsync();
        await BrowserSession.AssertAccessibleAsync(page);

        // The days are tabs: the arrow keys move between them.
        var days = page.GetByRole(AriaRole.Tab);
        await days.First.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(days.Nth(1)).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(days.Nth(1)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Home");
        await Assertions.Expect(days.First).ToHaveAttributeAsync("aria-selected", "true");

        var slot = page.Locator("button.slot").First;
        var start = await slot.GetAttributeAsync("data-start");
        await slot.ClickAsync();
        var create = page.GetByRole(AriaRole.Link, new() { Name = "Create account" });
        await Assertions.Expect(create).ToBeInViewportAsync();
        await BrowserSession.ScreenshotAsync(page, "booking-sign-in-prompt-phone");
        await create.ClickAsync();

        var signup = page.Locator("#signup-form");
        await signup.GetByLabel("Your name").FillAsync("Cam Back");
        await signup.GetByLabel("Email").FillAsync(PlatformFixture.UniqueEmail("comeback"));
        await signup.GetByLabel("Password").FillAsync(Password);
        await signup.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        // Back on the counselor's page, the same time is held without another tap.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"#/counselors/{counselor.Id}$"));
        await Assertions.Expect(page.GetByText("This time is held for you")).ToBeVisibleAsync();
        var held = await counselor.Client.GetFromJsonAsync<AppointmentSummary[]>(Routes.Appointments.Prefix, Json.Options);
        Assert.Contains(held!, a => a.ClientName == "Cam Back" && a.Status == AppointmentStatus.Held
            && a.Start == DateTimeOffset.Parse(start!, System.Globalization.CultureInfo.InvariantCulture));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ReschedulingSaysWhichSessionMovesAndAsksBeforeMovingIt()
    {
        var browser = await platform.BrowserAsync();
        var counselor = await platform.BookableCounselorAsync(Scenario.Profile("Dr. Move Me"));
        var client = await platform.RegisterAsync("client", displayName: "Mo Ving");
        using var api = platform.CreateClient(client.AccessToken);
        var booked = await api.BookAsync(counselor.Id, Scenario.SlotAhead(TimeSpan.FromDays(3)));

        var page = await browser.SignedInPageAsync(client.User.Email, Password);
        await page.GotoAsync("/#/appointments");
        await page.Locator(".appointment").Filter(new() { HasText = "Dr. Move Me" }).GetByRole(AriaRole.Link, new() { Name = "Reschedule" }).ClickAsync();
        await Assertions.Expect(page.Locator(".moving")).ToContainTextAsync("You are moving your session of");
        await BrowserSession.AssertAccessibleAsync(page);

        await page.Locator("button.slot").First.ClickAsync();
        var confirm = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(confirm).ToContainTextAsync("Move this session?");
        await Assertions.Expect(confirm).ToContainTextAsync("From ");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Keep the old time" }).ClickAsync();
        await Assertions.Expect(confirm).ToBeHiddenAsync();
        var unchanged = await api.GetFromJsonAsync<AppointmentSummary>(Routes.Appointments.ById(booked.Id), Json.Options);
        Assert.Equal(AppointmentStatus.Confirmed, unchanged!.Status);

        await page.Locator("button.slot").First.ClickAsync();
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Move the session" }).ClickAsync();
        await Assertions.Expect(page.Locator("#toast")).ToContainTextAsync("Moved to");
        var moved = await api.GetFromJsonAsync<AppointmentSummary>(Routes.Appointments.ById(booked.Id), Json.Options);
        Assert.Equal(AppointmentStatus.Rescheduled, moved!.Status);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheCalendarComesFirstAndTheKeyboardReachesATimeInAFewPresses()
    {
        var browser = await platform.BrowserAsync();
        var counselor = await platform.BookableCounselorAsync(Scenario.Profile("Dr. Keyboard"), Scenario.AroundTheClock with { SlotIntervalMinutes = 5 });
        var client = await platform.RegisterAsync("client");
        using var api = platform.CreateClient(counselor.Auth.AccessToken);
        (await api.PostAsJsonAsync(Routes.PackageOffers.Prefix, new Counseling.GrainInterfaces.Purchases.PackageOfferDraft("Three for less", 3, 50, 21000, 90), Json.Options)).EnsureSuccessStatusCode();

        var page = await browser.SignedInPageAsync(client.User.Email, Password);
        await page.GotoAsync($"/#/counselors/{counselor.Id}");
        await Assertions.Expect(page.Locator(".package")).ToContainTextAsync("Three for less");
        var headings = await page.Locator("main h2").AllInnerTextsAsync();
        Assert.True(headings.ToList().IndexOf("Pick a time") < headings.ToList().IndexOf("Packages"), string.Join(" | ", headings));

        // 5-minute start times: the day is split into parts, each under its own heading.
        await Assertions.Expect(page.Locator(".part-of-day h4").First).ToBeVisibleAsync();
        Assert.InRange(await page.Locator(".part-of-day").CountAsync(), 1, 4);

        // Arriving on the page puts focus on its heading; from there a handful of Tab presses reach the first time.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dr. Keyboard", Level = 1 })).ToBeFocusedAsync();
        var presses = 0;
        while (presses < 12 && !await page.EvaluateAsync<bool>("() => document.activeElement?.classList.contains('slot') ?? false"))
        {
            await page.Keyboard.PressAsync("Tab");
            presses++;
        }

        Assert.InRange(presses, 1, 6);
        await page.Context.CloseAsync();
    }
}
