using System.Net;
using System.Net.Http.Json;
using Counseling.Api.Apis;
using Counseling.Api.Contracts;
using Counseling.Tests.Infrastructure;

namespace Counseling.Tests.Api;

[Collection(PlatformCollection.Name)]
public sealed class CalendarApiTests(PlatformFixture platform)
{
    [Fact]
    public async Task BookedSessionsDownloadAsICalendarAndThePrivateFeedCanBeRevoked()
    {
        var counselor = await platform.BookableCounselorAsync(Scenario.Profile("Dr. Calendar"));
        var client = platform.CreateClient((await platform.RegisterAsync("client")).AccessToken);
        var booked = await client.BookAsync(counselor.Id, Scenario.SlotAhead(TimeSpan.FromDays(11)));

        var ics = await client.GetStringAsync(Routes.CalendarDownload.Prefix);
        Assert.StartsWith("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
        Assert.Contains($"UID:{booked.Id:N}@counseling", ics, StringComparison.Ordinal);
        Assert.Contains($"DTSTART:{booked.Start.UtcDateTime:yyyyMMdd'T'HHmmss}Z", ics, StringComparison.Ordinal);
        Assert.Contains("Dr. Calendar", ics, StringComparison.Ordinal);

        var feed = (await (await client.PostAsync(Routes.CalendarFeed.Prefix, null)).Content.ReadFromJsonAsync<CalendarFeedResponse>())!;
        using var calendarApp = platform.CreateClient(); // no sign-in: the URL is the credential
        var path = new Uri(feed.Url).PathAndQuery;
        var fromFeed = await calendarApp.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, fromFeed.StatusCode);
        Assert.Equal("text/calendar", fromFeed.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"UID:{booked.Id:N}@counseling", await fromFeed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(Routes.CalendarFeed.Prefix)).StatusCode);
        await (await calendarApp.GetAsync(path)).AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
        await (await calendarApp.GetAsync(Routes.PublicCalendar.Feed($"{Guid.NewGuid():N}.forged"))).AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
    }
}
