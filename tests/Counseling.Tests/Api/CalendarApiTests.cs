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

    [Fact]
    public async Task EventsCarryTheRoomAndTwoAlarmsAndAMovedSessionReplacesItsEventByUidAndSequence()
    {
        var counselor = await platform.BookableCounselorAsync(Scenario.Profile("Dr. Sequence"));
        var client = platform.CreateClient((await platform.RegisterAsync("client")).AccessToken);
        var booked = await client.BookAsync(counselor.Id, Scenario.SlotAhead(TimeSpan.FromDays(12)));

        var first = Unfolded(await client.GetStringAsync(Routes.CalendarDownload.Prefix));
        var uid = $"UID:{booked.Id:N}@counseling";
        Assert.Contains("SEQUENCE:0", first, StringComparison.Ordinal);
        Assert.Contains($"/#/sessions/{booked.Id}", first, StringComparison.Ordinal);
        Assert.Equal(2, Count(first, "BEGIN:VALARM"));
        Assert.Matches("TRIGGER:-P(1D|T24H)\r\n", first); // a day before: both spellings are RFC 5545 durations
        Assert.Matches("TRIGGER:-PT(1H|60M)\r\n", first);

        var moved = await client.PostAsJsonAsync(Routes.Appointments.Reschedule(booked.Id), new RescheduleRequest(booked.Start.AddDays(1)), Json.Options);
        Assert.True(moved.IsSuccessStatusCode, await moved.Content.ReadAsStringAsync());
        var after = Unfolded(await client.GetStringAsync(Routes.CalendarDownload.Prefix));
        Assert.Equal(1, Count(after, uid)); // one event, moved: the calendar replaces it
        Assert.Contains("SEQUENCE:1", after, StringComparison.Ordinal);
        Assert.Contains($"DTSTART:{booked.Start.AddDays(1).UtcDateTime:yyyyMMdd'T'HHmmss}Z", after, StringComparison.Ordinal);
    }

    /// <summary>iCalendar folds long lines at 75 octets; tests read the text unfolded.</summary>
    private static string Unfolded(string ics) => ics.Replace("\r\n ", "", StringComparison.Ordinal);

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
