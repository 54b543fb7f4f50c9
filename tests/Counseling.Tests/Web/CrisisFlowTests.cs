using Counseling.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Counseling.Tests.Web;

[Collection(PlatformCollection.Name)]
public sealed class CrisisFlowTests(PlatformFixture platform)
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task ASelfHarmAnswerShowsCrisisLinesAndTheCounselorAcknowledgesTheLiveAlertThatOperatorsCanTrace()
    {
        var browser = await platform.BrowserAsync();
        var session = await platform.LiveSessionAsync();

        var counselorPage = await browser.SignedInPageAsync(session.Counselor.Auth.User.Email, Password);
        await counselorPage.GotoAsync("/#/appointments");
        await BrowserSession.WaitForLiveAsync(counselorPage);
        await Assertions.Expect(counselorPage.Locator("#crisis-banner")).ToHaveCountAsync(0);

        var clientPage = await browser.SignedInPageAsync(session.Client.User.Email, Password, phone: true);
        await clientPage.GotoAsync("/#/assessments/phq-9");
        await Assertions.Expect(clientPage.GetByText("Question 1 of 9")).ToBeVisibleAsync();
        await Assertions.Expect(clientPage.Locator(".crisis-line")).ToContainTextAsync("988"); // on every page
        for (var question = 1; question <= 3; question++)
        {
            await clientPage.GetByLabel("Not at all").CheckAsync();
            await clientPage.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        }

        await clientPage.ReloadAsync(); // the answers so far are kept
        await Assertions.Expect(clientPage.GetByText("Question 4 of 9")).ToBeVisibleAsync();
        await BrowserSession.AssertAccessibleAsync(clientPage);
        for (var question = 4; question <= 8; question++)
        {
            await clientPage.GetByLabel("Not at all").CheckAsync();
            await clientPage.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        }

        await Assertions.Expect(clientPage.Locator("legend")).ToContainTextAsync("better off dead");
        await clientPage.GetByLabel("Several days").CheckAsync();
        await clientPage.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await Assertions.Expect(clientPage.GetByText("Question 10 of 10")).ToBeVisibleAsync(); // the difficulty question, since a problem was reported
        await clientPage.GetByLabel("Somewhat difficult").CheckAsync();
        await clientPage.GetByRole(AriaRole.Button, new() { Name = "See my result" }).ClickAsync();

        var resources = clientPage.Locator(".crisis-resources");
        await Assertions.Expect(resources).ToBeVisibleAsync();
        await Assertions.Expect(resources.GetByRole(AriaRole.Link, new() { Name = "Call or text 988" })).ToHaveAttributeAsync("href", "tel:988");
        await Assertions.Expect(resources.GetByRole(AriaRole.Link, new() { Name = "Call 911" })).ToBeVisibleAsync();
        await Assertions.Expect(clientPage.Locator(".score")).ToContainTextAsync("1 out of 27 · Minimal");
        await BrowserSession.AssertAccessibleAsync(clientPage);
        await BrowserSession.ScreenshotAsync(clientPage, "assessment-crisis-resources-phone");

        // The counselor's open page hears of it at once.
        var banner = counselorPage.Locator("#crisis-banner");
        await Assertions.Expect(banner).ToContainTextAsync("1 crisis alert needs acknowledging.");
        await banner.GetByRole(AriaRole.Link, new() { Name = "Open the crisis console" }).ClickAsync();
        var alert = counselorPage.Locator(".crisis-alert").Filter(new() { HasText = "Session Client" });
        await Assertions.Expect(alert).ToContainTextAsync("answered “Several days”");
        await Assertions.Expect(alert.Locator(".deadline")).ToContainTextAsync("Acknowledge in");
        await BrowserSession.AssertAccessibleAsync(counselorPage);
        await BrowserSession.ScreenshotAsync(counselorPage, "crisis-console-counselor");
        await alert.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();
        await Assertions.Expect(alert.Locator(".field-error")).ToContainTextAsync("Write what you did first");
        await alert.GetByLabel("What did you do?").FillAsync("Called the client; we agreed a safety plan and a session tomorrow.");
        await alert.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();
        await Assertions.Expect(counselorPage.Locator("#toast")).ToContainTextAsync("Acknowledged: the escalation has stopped.");
        await Assertions.Expect(alert).ToHaveAttributeAsync("data-status", "acknowledged");

        // Operators read the whole trail.
        var operatorPage = await browser.SignedInPageAsync(PlatformFixture.OperatorEmail, PlatformFixture.OperatorPassword);
        await operatorPage.GotoAsync("/#/crisis");
        var traced = operatorPage.Locator(".crisis-alert").Filter(new() { HasText = "Session Client" }).First;
        await traced.Locator("summary").ClickAsync();
        var trail = traced.Locator(".trail");
        await Assertions.Expect(trail).ToContainTextAsync("Raised");
        await Assertions.Expect(trail).ToContainTextAsync("Delivered");
        await Assertions.Expect(trail).ToContainTextAsync("Seen");
        await Assertions.Expect(trail).ToContainTextAsync("Acknowledged: Called the client; we agreed a safety plan");
        await Assertions.Expect(operatorPage.GetByRole(AriaRole.Button, new() { Name = "Go on call" })).ToBeVisibleAsync();
        await BrowserSession.AssertAccessibleAsync(operatorPage);
        await BrowserSession.ScreenshotAsync(operatorPage, "crisis-console-operator");

        foreach (var page in new[] { clientPage, counselorPage, operatorPage })
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task TheHelpPageListsCrisisLinesForAnyoneAndTheHistoryShowsEveryResult()
    {
        var browser = await platform.BrowserAsync();
        var anonymous = await browser.NewPageAsync(phone: true);
        await anonymous.GotoAsync("/#/help");
        await Assertions.Expect(anonymous.GetByRole(AriaRole.Heading, new() { Name = "Get help now" })).ToBeVisibleAsync();
        await Assertions.Expect(anonymous.GetByRole(AriaRole.Link, new() { Name = "Call or text 988" })).ToBeVisibleAsync();
        await BrowserSession.AssertAccessibleAsync(anonymous);
        await anonymous.Context.CloseAsync();

        var client = await platform.RegisterAsync("client", displayName: "Hana History");
        using var api = platform.CreateClient(client.AccessToken);
        foreach (var answers in new[] { new[] { 2, 2, 2, 2, 1, 1, 1 }, new[] { 1, 1, 1, 0, 0, 0, 0 } })
        {
            (await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(api, Counseling.Api.Apis.Routes.Assessments.Prefix,
                new Counseling.Api.Contracts.AssessmentRequest("gad-7", answers, null, null))).EnsureSuccessStatusCode();
        }

        var page = await browser.SignedInPageAsync(client.User.Email, Password);
        await page.GotoAsync("/#/assessments");
        var gad = page.Locator("article[data-instrument=gad-7] table.history");
        await Assertions.Expect(gad.Locator("tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(gad.Locator("tbody tr").First).ToContainTextAsync("3");
        await Assertions.Expect(gad.Locator("tbody tr").First).ToContainTextAsync("8 lower");
        await Assertions.Expect(gad.Locator("tbody tr").Nth(1)).ToContainTextAsync("Moderate");
        await Assertions.Expect(page.Locator("[data-instrument=phq-9]").GetByRole(AriaRole.Link, new() { Name = "Take the PHQ-9" })).ToBeVisibleAsync();
        await BrowserSession.AssertAccessibleAsync(page);
        await BrowserSession.ScreenshotAsync(page, "assessment-history");
        await page.Context.CloseAsync();
    }
}
