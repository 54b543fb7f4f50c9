using Counseling.GrainInterfaces.Counselors;
using Counseling.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Counseling.Tests.Web;

[Collection(PlatformCollection.Name)]
public sealed class MatchingPageTests(PlatformFixture platform)
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task OnAPhoneAClientFillsTheIntakeSeesRankedMatchesWithReasonsAndFollowsBook()
    {
        var browser = await platform.BrowserAsync();
        var ana = await platform.BookableCounselorAsync(
            Scenario.Profile("Dr. Ana Oregon", price: 9000) with { Specialties = ["anxiety", "sleep"], Languages = ["en", "es"], Modalities = [SessionModality.Video] },
            jurisdiction: "Oregon");
        var ben = await platform.BookableCounselorAsync(Scenario.Profile("Dr. Ben Oregon"), jurisdiction: "US-OR");
        await platform.BookableCounselorAsync(Scenario.Profile("Dr. Far Away") with { Specialties = ["anxiety", "sleep"] }, jurisdiction: "WA");
        var client = await platform.RegisterAsync("client", displayName: "Olive Intake");

        var page = await browser.SignedInPageAsync(client.User.Email, Password, phone: true, timeZone: "America/Los_Angeles");
        await page.GetByRole(AriaRole.Link, new() { Name = "Get matched" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Get matched with a counselor" })).ToBeVisibleAsync();

        var form = page.Locator("#intake-form");
        await form.GetByLabel("Anxiety", new() { Exact = true }).CheckAsync();
        await form.GetByLabel("Sleep", new() { Exact = true }).CheckAsync();
        await form.GetByLabel("English", new() { Exact = true }).CheckAsync();
        await form.GetByLabel("Spanish", new() { Exact = true }).CheckAsync();
        await form.GetByLabel("Video", new() { Exact = true }).CheckAsync();
        await form.GetByLabel("At most (USD)").FillAsync("120");
        await form.GetByLabel("Country").SelectOptionAsync(new SelectOptionValue { Label = "United States" });
        await form.GetByLabel("State", new() { Exact = true }).FillAsync("Oregon");
        await Assertions.Expect(form.GetByLabel("Your time zone")).ToHaveValueAsync("America/Los_Angeles");
        await form.GetByLabel("Tuesday evening").CheckAsync();
        await form.GetByLabel("Thursday evening").CheckAsync();
        await BrowserSession.AssertAccessibleAsync(page);
        await form.GetByRole(AriaRole.Button, new() { Name = "Show my matches" }).ClickAsync();

        var cards = page.Locator(".match-card");
        await Assertions.Expect(cards).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "2 counselors for you" })).ToBeFocusedAsync();
        await Assertions.Expect(cards.Nth(0)).ToHaveAttributeAsync("data-counselor", ana.Id.ToString());
        await Assertions.Expect(cards.Nth(1)).ToHaveAttributeAsync("data-counselor", ben.Id.ToString());
        var reasons = cards.Nth(0).Locator(".reasons li");
        await Assertions.Expect(reasons).ToContainTextAsync(["Licensed in Oregon", "Works with anxiety and sleep", "Speaks English and Spanish", "Offers video sessions",
            "$90 a session, within your budget", "Free Tuesday evenings and Thursday evenings"]);
        await Assertions.Expect(cards.Nth(1).Locator(".reasons")).ToContainTextAsync("Works with anxiety");
        await Assertions.Expect(cards.Nth(0).Locator(".preferred-times")).ToContainTextAsync("Free at times you chose:");
        await Assertions.Expect(cards.Nth(0).Locator(".preferred-times")).ToContainTextAsync("PM");
        await Assertions.Expect(page.GetByText("Dr. Far Away")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByText("We saved your answers")).ToBeVisibleAsync();
        await BrowserSession.AssertAccessibleAsync(page);
        await BrowserSession.ScreenshotAsync(page, "matching-results-phone");

        await cards.Nth(0).GetByRole(AriaRole.Link, new() { Name = "Book with Dr. Ana Oregon" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"#/counselors/{ana.Id}$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dr. Ana Oregon" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("button.slot").First).ToBeVisibleAsync();

        // Next time the answers are filled in.
        await page.GotoAsync("/#/match");
        await Assertions.Expect(page.GetByText("We filled in your answers from last time.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#intake-form").GetByLabel("State", new() { Exact = true })).ToHaveValueAsync("OR");
        await Assertions.Expect(page.Locator("#intake-form").GetByLabel("Thursday evening")).ToBeCheckedAsync();
        await page.Context.CloseAsync();
    }
}
