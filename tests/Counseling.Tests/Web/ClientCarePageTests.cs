using System.Net;
using System.Net.Http.Json;
using Counseling.Api.Apis;
using Counseling.Api.Contracts;
using Counseling.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Counseling.Tests.Web;

/// <summary>The trend charts and the counselor's view of a client, in Chromium.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ClientCarePageTests(PlatformFixture platform)
{
    private const string Password = "correct horse battery staple";

    private static async Task SubmitAsync(HttpClient client, int[] answers)
    {
        var response = await client.PostAsJsonAsync(Routes.Assessments.Prefix, new AssessmentRequest("phq-9", answers, null, null, "US"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task TheCounselorSeesTheFlaggedClientsTrendSetsACheckInAndTheClientSeesTheirChart()
    {
        var browser = await platform.BrowserAsync();
        var session = await platform.LiveSessionAsync();
        using var client = platform.CreateClient(session.Client.AccessToken);
        await SubmitAsync(client, [3, 3, 3, 3, 2, 2, 0, 0, 0]); // 16
        await SubmitAsync(client, [2, 1, 1, 1, 1, 0, 0, 0, 1]); // 7, and item 9 answered

        var counselorPage = await browser.SignedInPageAsync(session.Counselor.Auth.User.Email, Password);
        await counselorPage.GotoAsync("/#/appointments");
        var badge = counselorPage.Locator(".appointment").Filter(new() { HasText = "Session Client" }).Locator(".high-risk-badge");
        await Assertions.Expect(badge).ToHaveTextAsync("High risk");
        await badge.ClickAsync();

        await Assertions.Expect(counselorPage.Locator("h1")).ToHaveTextAsync("Session Client");
        await Assertions.Expect(counselorPage.Locator(".high-risk").First).ToContainTextAsync("question 9");
        var trend = counselorPage.Locator("figure.trend[data-instrument=phq-9]");
        await Assertions.Expect(trend.Locator("figcaption")).ToContainTextAsync("Down 9 points (56%) since their first check-in of this episode: 16 → 7.");
        await Assertions.Expect(trend.Locator(".outcome")).ToContainTextAsync("Response");
        await Assertions.Expect(trend.Locator("canvas")).ToHaveCountAsync(1);
        await trend.Locator("summary").ClickAsync();
        await Assertions.Expect(trend.Locator("tbody tr")).ToHaveCountAsync(2);

        await counselorPage.GetByLabel("How often").SelectOptionAsync("once");
        await counselorPage.GetByLabel("GAD-7 (anxiety)").UncheckAsync();
        await counselorPage.GetByRole(AriaRole.Button, new() { Name = "Start the schedule" }).ClickAsync();
        await Assertions.Expect(counselorPage.Locator("#toast")).ToContainTextAsync("Sent: the client has the check-in");
        await Assertions.Expect(counselorPage.Locator(".check-ins tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(counselorPage.Locator(".check-ins tbody tr")).ToContainTextAsync("Open until");
        await Assertions.Expect(counselorPage.Locator(".schedule-now")).ToContainTextAsync("PHQ-9, once, now.");
        await BrowserSession.AssertAccessibleAsync(counselorPage);
        await BrowserSession.ScreenshotAsync(counselorPage, "client-care-counselor");

        await counselorPage.GetByLabel("What worries you?").FillAsync("Said in session they feel unsafe at home.");
        await counselorPage.GetByRole(AriaRole.Button, new() { Name = "Raise a crisis alert" }).ClickAsync();
        await Assertions.Expect(counselorPage.Locator("#toast")).ToContainTextAsync("Concern raised");
        await Assertions.Expect(counselorPage.Locator(".client-alerts li")).ToHaveCountAsync(2);

        // In the session room the counselor sees the flag beside the client's name.
        await counselorPage.GotoAsync($"/#/sessions/{session.Id}");
        await Assertions.Expect(counselorPage.Locator(".room .high-risk")).ToContainTextAsync("High risk");
        await Assertions.Expect(counselorPage.Locator(".room .high-risk")).ToContainTextAsync("question 9");

        // Staff clear the flag with a note; the page then says the client is not flagged.
        await counselorPage.GotoAsync($"/#/clients/{session.Client.User.Id}");
        await counselorPage.GetByRole(AriaRole.Button, new() { Name = "Clear the flag…" }).ClickAsync();
        await counselorPage.GetByLabel("Why is the client no longer at high risk?").FillAsync("Safety plan in place; reviewed together today.");
        await counselorPage.GetByRole(AriaRole.Button, new() { Name = "Clear the flag", Exact = true }).ClickAsync();
        await Assertions.Expect(counselorPage.Locator(".flag-state")).ToHaveTextAsync("Not flagged as high risk.");

        var clientPage = await browser.SignedInPageAsync(session.Client.User.Email, Password, phone: true);
        await clientPage.GotoAsync("/#/assessments");
        var own = clientPage.Locator("figure.trend[data-instrument=phq-9]");
        await Assertions.Expect(own.Locator("figcaption")).ToContainTextAsync("since your first check-in");
        await Assertions.Expect(own.Locator("canvas")).ToHaveCountAsync(1);
        await BrowserSession.AssertAccessibleAsync(clientPage);
        await BrowserSession.ScreenshotAsync(clientPage, "assessment-trend-phone");
    }
}
