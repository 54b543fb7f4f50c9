using System.Net.Http.Json;
using Counseling.Api.Apis;
using Counseling.GrainInterfaces.Booking;
using Counseling.Tests.Api;
using Counseling.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace Counseling.Tests.Web;

/// <summary>
/// A platform whose grains read a clock the tests move, so a session can be "under way" without waiting for it:
/// the browser's clock is moved to the same instant.
/// </summary>
public sealed class ClockedPlatformFixture : PlatformFixture
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override FakeTimeProvider? GrainClock => Clock;
}

[CollectionDefinition(Name)]
public sealed class ClockedPlatformCollection : ICollectionFixture<ClockedPlatformFixture>
{
    public const string Name = "clocked-platform";
}

[Collection(ClockedPlatformCollection.Name)]
public sealed class SessionClosingTests(ClockedPlatformFixture platform)
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task CompletingASessionLongBeforeItsEndAsksWhyAndKeepsTheReason()
    {
        var browser = await platform.BrowserAsync();
        var counselor = await platform.BookableCounselorAsync(Scenario.Profile("Dr. Early End"));
        var client = await platform.RegisterAsync("client", displayName: "Eli Early");
        using var api = platform.CreateClient(client.AccessToken);
        var booked = await api.BookAsync(counselor.Id, SlotAfter(platform.Clock.GetUtcNow()));

        // 18 seconds into the session, for the grains and for the page.
        var during = booked.Start.AddSeconds(18);
        platform.Clock.SetUtcNow(during);
        var page = await browser.SignedInPageAsync(counselor.Auth.User.Email, Password);
        await page.Clock.SetFixedTimeAsync(during.UtcDateTime);
        await page.GotoAsync("/#/appointments");
        var item = page.Locator(".appointment").Filter(new() { HasText = "Client: Eli Early" });
        await item.GetByRole(AriaRole.Button, new() { Name = "Mark completed" }).ClickAsync();

        var confirm = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(confirm).ToContainTextAsync("It is scheduled until");
        var reason = confirm.GetByLabel("Why did it end early?");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Mark completed" }).ClickAsync();
        await Assertions.Expect(reason).ToBeFocusedAsync(); // a reason is required: nothing was sent
        Assert.Equal(AppointmentStatus.Confirmed, (await StatusAsync(api, booked.Id)).Status);
        await BrowserSession.AssertAccessibleAsync(page);
        await BrowserSession.ScreenshotAsync(page, "complete-early-asks-why");

        await reason.FillAsync("The client had a family emergency.");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Mark completed" }).ClickAsync();
        await Assertions.Expect(page.Locator("#toast")).ToContainTextAsync("The session is marked completed.");
        var done = await StatusAsync(api, booked.Id);
        Assert.Equal(AppointmentStatus.Completed, done.Status);
        Assert.Equal("The client had a family emergency.", done.EndedEarlyReason);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheApiRefusesAnEarlyCompletionWithoutAReason()
    {
        var counselor = await platform.BookableCounselorAsync(Scenario.Profile("Dr. Api Early"));
        var client = await platform.RegisterAsync("client");
        using var api = platform.CreateClient(client.AccessToken);
        var booked = await api.BookAsync(counselor.Id, SlotAfter(platform.Clock.GetUtcNow()));
        platform.Clock.SetUtcNow(booked.Start.AddMinutes(5));

        var refused = await counselor.Client.PostAsJsonAsync(Routes.Appointments.Complete(booked.Id), new Counseling.Api.Contracts.CompleteRequest(null));
        await refused.AssertProblemAsync(System.Net.HttpStatusCode.BadRequest, "/problems/validation");
        Assert.Equal(AppointmentStatus.Confirmed, (await StatusAsync(api, booked.Id)).Status);
    }

    /// <summary>A free start three hours after the platform's (moved) clock, on the half hour.</summary>
    private static DateTimeOffset SlotAfter(DateTimeOffset now)
    {
        var t = now.AddHours(3);
        var rounded = new DateTimeOffset(t.Year, t.Month, t.Day, t.Hour, t.Minute >= 30 ? 30 : 0, 0, TimeSpan.Zero).AddMinutes(30);
        return rounded is { Hour: 23, Minute: 30 } ? rounded.AddMinutes(30) : rounded; // a session at 23:30 would cross the day's window
    }

    private static async Task<AppointmentSummary> StatusAsync(HttpClient api, Guid id) =>
        (await api.GetFromJsonAsync<AppointmentSummary>(Routes.Appointments.ById(id), Json.Options))!;
}
