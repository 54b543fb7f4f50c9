using System.Net;
using System.Net.Http.Json;
using Counseling.Api.Apis;
using Counseling.Api.Contracts;
using Counseling.GrainInterfaces.Assessments;
using Counseling.Tests.Infrastructure;

namespace Counseling.Tests.Api;

/// <summary>Trends and re-assessment schedules through the api: what the client and their counselor read, and who else cannot.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CareTrendsApiTests(PlatformFixture platform)
{
    private static async Task SubmitAsync(HttpClient client, string instrument, int[] answers)
    {
        var response = await client.PostAsJsonAsync(Routes.Assessments.Prefix, new AssessmentRequest(instrument, answers, null, null));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheClientAndTheirCounselorReadTheSameTrendWithResponseJudgedFromTheBaseline()
    {
        var session = await platform.LiveSessionAsync();
        using var client = platform.CreateClient(session.Client.AccessToken);
        await SubmitAsync(client, "phq-9", [3, 3, 3, 3, 2, 2, 0, 0, 0]); // 16
        await SubmitAsync(client, "phq-9", [2, 2, 1, 1, 1, 0, 0, 0, 0]); // 7
        await SubmitAsync(client, "gad-7", [1, 1, 1, 0, 0, 0, 0]);

        var own = (await client.GetFromJsonAsync<AssessmentTrend[]>(Routes.Assessments.Trends, Json.Options))!;
        var phq9 = own.Single(t => t.Instrument == "phq-9");
        Assert.Equal([16, 7], phq9.Points.Select(p => p.Total));
        Assert.Equal(27, phq9.MaxTotal);
        Assert.Equal(5, phq9.Bands.Length);
        var episode = Assert.Single(phq9.Episodes);
        Assert.Equal((16, 7, -9, (int?)-56, true, false), (episode.Baseline, episode.Latest, episode.Change, episode.ChangePercent, episode.Response, episode.Remission));
        Assert.Single(own.Single(t => t.Instrument == "gad-7").Points);

        var theirs = (await session.Counselor.Client.GetFromJsonAsync<AssessmentTrend[]>(Routes.ClientCare.Trends(session.Client.User.Id), Json.Options))!;
        Assert.Equal(own.Select(t => t.Points.Length), theirs.Select(t => t.Points.Length));
        Assert.True(theirs.Single(t => t.Instrument == "phq-9").Episodes[0].Response);
    }

    [Fact]
    public async Task NobodyButTheClientsCounselorReadsTheirTrendOrSchedule()
    {
        var session = await platform.LiveSessionAsync();
        var clientId = session.Client.User.Id;
        var stranger = await platform.BookableCounselorAsync();
        using var other = platform.CreateClient((await platform.RegisterAsync("client")).AccessToken);
        using var anonymous = platform.CreateClient();
        using var self = platform.CreateClient(session.Client.AccessToken);
        var plan = new ScheduleRequest(ReassessmentCadence.Once, ["phq-9"]);

        foreach (var caller in new[] { stranger.Client, other, self })
        {
            await (await caller.GetAsync(Routes.ClientCare.Trends(clientId))).AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
            await (await caller.GetAsync(Routes.ClientCare.Schedule(clientId))).AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
            await (await caller.PutAsJsonAsync(Routes.ClientCare.Schedule(clientId), plan, Json.Options)).AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Routes.ClientCare.Trends(clientId))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Routes.Assessments.Trends)).StatusCode);
        var schedule = await self.GetFromJsonAsync<ReassessmentSchedule>(Routes.Assessments.Schedule, Json.Options);
        Assert.Null(schedule!.Plan); // nothing was set by anyone
    }

    [Fact]
    public async Task TheCounselorSetsAScheduleTheClientSeesTheCheckInAndAnsweringCompletesIt()
    {
        var session = await platform.LiveSessionAsync();
        var clientId = session.Client.User.Id;
        var set = await session.Counselor.Client.PutAsJsonAsync(Routes.ClientCare.Schedule(clientId),
            new ScheduleRequest(ReassessmentCadence.Once, ["gad-7"]), Json.Options);
        Assert.True(set.StatusCode == HttpStatusCode.OK, await set.Content.ReadAsStringAsync());
        var saved = (await set.Content.ReadFromJsonAsync<ReassessmentSchedule>(Json.Options))!;
        Assert.Equal((ReassessmentCadence.Once, 4, 2, 2), (saved.Plan!.Cadence, saved.Plan.ExpiresAfterDays, saved.Plan.RemindAfterDays, saved.Plan.TellAfterMissed));
        Assert.Equal(session.Counselor.Id, saved.SetBy);
        Assert.True(Assert.Single(saved.Requests).IsOpen()); // "once" asks at once

        using var client = platform.CreateClient(session.Client.AccessToken);
        var inbox = await client.GetFromJsonAsync<InboxResponse>(Routes.Notifications.Prefix, Json.Options);
        Assert.Contains(inbox!.Items, n => n.Kind == "assessment-requested");

        await SubmitAsync(client, "gad-7", [1, 1, 1, 1, 1, 1, 1]);
        var after = (await client.GetFromJsonAsync<ReassessmentSchedule>(Routes.Assessments.Schedule, Json.Options))!;
        Assert.NotNull(Assert.Single(after.Requests).CompletedAt);

        Assert.Equal(HttpStatusCode.NoContent, (await session.Counselor.Client.DeleteAsync(Routes.ClientCare.Schedule(clientId))).StatusCode);
        Assert.Null((await client.GetFromJsonAsync<ReassessmentSchedule>(Routes.Assessments.Schedule, Json.Options))!.Plan);
    }

    [Fact]
    public async Task AnImpossibleScheduleIsABadRequestNamingTheField()
    {
        var session = await platform.LiveSessionAsync();
        var route = Routes.ClientCare.Schedule(session.Client.User.Id);
        var counselor = session.Counselor.Client;

        var weeks = await counselor.PutAsJsonAsync(route, new ScheduleRequest(ReassessmentCadence.EveryNWeeks, ["phq-9"], EveryWeeks: 0), Json.Options);
        Assert.Contains("everyweeks", (await weeks.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation")).ErrorFields());
        var instrument = await counselor.PutAsJsonAsync(route, new ScheduleRequest(ReassessmentCadence.Once, ["bdi-2"]), Json.Options);
        Assert.Contains("instruments", (await instrument.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation")).ErrorFields());
        var cadence = await counselor.PutAsync(route, new StringContent("""{"cadence":"daily","instruments":["phq-9"]}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, cadence.StatusCode);

        Assert.Null((await counselor.GetFromJsonAsync<ReassessmentSchedule>(Routes.ClientCare.Schedule(session.Client.User.Id), Json.Options))!.Plan);
    }
}
