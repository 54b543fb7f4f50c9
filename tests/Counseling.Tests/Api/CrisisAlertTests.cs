using System.Net;
using System.Net.Http.Json;
using System.Threading.Channels;
using Counseling.Api.Apis;
using Counseling.Api.Contracts;
using Counseling.Api.Hubs;
using Counseling.GrainInterfaces.Assessments;
using Counseling.GrainInterfaces.Crisis;
using Counseling.GrainInterfaces.Notifications;
using Counseling.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace Counseling.Tests.Api;

[Collection(PlatformCollection.Name)]
public sealed class CrisisAlertTests(PlatformFixture platform)
{
    private static readonly int[] Item9Several = [1, 1, 0, 0, 0, 0, 0, 0, 1];

    private static async Task<AssessmentResult> SubmitAsync(HttpClient client, int[] answers)
    {
        var response = await client.PostAsJsonAsync(Routes.Assessments.Prefix, new AssessmentRequest("phq-9", answers, null, null, "US"));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<AssessmentResult>(Json.Options))!;
    }

    private static async Task<CrisisAlert> AlertAsync(HttpClient staff, Guid alertId) =>
        (await staff.GetFromJsonAsync<CrisisAlert>(Routes.Crisis.Alert(alertId), Json.Options))!;

    [Fact]
    public async Task ASelfHarmAnswerThroughOneApiNodeAlertsTheCounselorLiveOnAnotherAndWaitsInTheOperatorsInbox()
    {
        var session = await platform.LiveSessionAsync();
        await using var counselorNode = platform.NewApi();
        await using var clientNode = platform.NewApi();
        await using var hub = await counselorNode.ConnectAsync(NotificationsHub.Route, session.Counselor.Auth.AccessToken);
        var received = Channel.CreateUnbounded<Notification>();
        hub.On<Notification>(nameof(INotificationsClient.Notification), n => received.Writer.TryWrite(n));

        using var client = clientNode.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", session.Client.AccessToken);
        var submitted = await SubmitAsync(client, Item9Several);

        var live = await received.NextAsync(n => n.Kind == NotificationKinds.CrisisAlert);
        Assert.Equal(submitted.Id, live.SubjectId); // the alert of a response carries the response's id
        Assert.Contains("Session Client", live.Title, StringComparison.Ordinal);
        Assert.Contains("Several days", live.Body, StringComparison.Ordinal);

        using var op = await platform.OperatorClientAsync();
        var inbox = await Eventually.UntilAsync(() => op.GetFromJsonAsync<InboxResponse>(Routes.Notifications.Prefix, Json.Options),
            i => i!.Items.Any(n => n.SubjectId == submitted.Id), "the operator's inbox to hold the alert");
        Assert.Equal(NotificationKinds.CrisisAlert, inbox!.Items.First(n => n.SubjectId == submitted.Id).Kind);

        var care = await session.Counselor.Client.GetFromJsonAsync<CareSummary>(Routes.ClientCare.Care(session.Client.User.Id), Json.Options);
        Assert.NotNull(care!.HighRisk);
        Assert.Equal(submitted.Id, care.HighRisk!.AlertId);
    }

    [Fact]
    public async Task TheCounselorAcknowledgesWithANoteOnceAndOperatorsSeeEveryStep()
    {
        var session = await platform.LiveSessionAsync();
        using var client = platform.CreateClient(session.Client.AccessToken);
        var alertId = (await SubmitAsync(client, Item9Several)).Id;
        var counselor = session.Counselor.Client;
        var stranger = await platform.BookableCounselorAsync();
        using var op = await platform.OperatorClientAsync();

        Assert.Contains((await counselor.GetFromJsonAsync<CrisisAlert[]>(Routes.Crisis.Alerts, Json.Options))!, a => a.Id == alertId);
        Assert.DoesNotContain((await stranger.Client.GetFromJsonAsync<CrisisAlert[]>(Routes.Crisis.Alerts, Json.Options))!, a => a.Id == alertId);
        Assert.Contains((await op.GetFromJsonAsync<CrisisAlert[]>(Routes.Crisis.Alerts + "?openOnly=true", Json.Options))!, a => a.Id == alertId);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(Routes.Crisis.Alerts)).StatusCode);

        var opened = await AlertAsync(counselor, alertId);
        Assert.Equal(CrisisAlertStatus.Open, opened.Status);
        Assert.Contains(opened.Trail, e => e.Kind == CrisisAlertEvent.Seen && e.UserId == session.Counselor.Id);

        await (await counselor.PostAsJsonAsync(Routes.Crisis.Acknowledge(alertId), new { note = "  " })).AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        await (await stranger.Client.PostAsJsonAsync(Routes.Crisis.Acknowledge(alertId), new NoteRequest("Not mine"))).AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync(Routes.Crisis.Acknowledge(alertId), new NoteRequest("I am fine"))).StatusCode);

        var acknowledged = await counselor.PostAsJsonAsync(Routes.Crisis.Acknowledge(alertId), new NoteRequest("Called the client; we agreed a safety plan."));
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        var twice = await op.PostAsJsonAsync(Routes.Crisis.Acknowledge(alertId), new NoteRequest("Me too"));
        await twice.AssertProblemAsync(HttpStatusCode.Conflict, "/problems/invalid-transition");

        var resolved = await op.PostAsJsonAsync(Routes.Crisis.Resolve(alertId), new NoteRequest("Client is safe and in weekly sessions."));
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        var trail = (await AlertAsync(op, alertId)).Trail.Select(e => e.Kind).ToList();
        Assert.Equal(CrisisAlertEvent.Created, trail[0]);
        Assert.Contains(CrisisAlertEvent.Delivered, trail);
        Assert.True(trail.IndexOf(CrisisAlertEvent.Seen) < trail.IndexOf(CrisisAlertEvent.Acknowledged));
        Assert.True(trail.IndexOf(CrisisAlertEvent.Acknowledged) < trail.IndexOf(CrisisAlertEvent.Resolved));
        Assert.Equal(CrisisAlertStatus.Resolved, (await AlertAsync(op, alertId)).Status);
    }

    [Fact]
    public async Task OnlyStaffClearTheHighRiskFlagAndACounselorCanRaiseAConcern()
    {
        var session = await platform.LiveSessionAsync();
        using var client = platform.CreateClient(session.Client.AccessToken);
        var clientId = session.Client.User.Id;
        var counselor = session.Counselor.Client;

        var concern = await counselor.PostAsJsonAsync(Routes.ClientCare.Concerns(clientId), new NoteRequest("Said in session they have a plan to hurt themselves."));
        Assert.Equal(HttpStatusCode.Created, concern.StatusCode);
        var alertId = (await concern.Content.ReadFromJsonAsync<AlertCreated>(Json.Options))!.AlertId;
        var alert = await AlertAsync(counselor, alertId);
        Assert.Equal(session.Counselor.Id, alert.RaisedBy);
        Assert.StartsWith("Counselor's concern:", alert.Reason, StringComparison.Ordinal);

        await (await client.PostAsJsonAsync(Routes.ClientCare.ClearHighRisk(clientId), new NoteRequest("I feel better"))).AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
        var stranger = await platform.BookableCounselorAsync();
        await (await stranger.Client.GetAsync(Routes.ClientCare.Care(clientId))).AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
        Assert.NotNull((await counselor.GetFromJsonAsync<CareSummary>(Routes.ClientCare.Care(clientId), Json.Options))!.HighRisk);

        using var op = await platform.OperatorClientAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await op.PostAsJsonAsync(Routes.ClientCare.ClearHighRisk(clientId), new NoteRequest("Reviewed with the counselor: risk has passed."))).StatusCode);
        var cleared = await counselor.GetFromJsonAsync<CareSummary>(Routes.ClientCare.Care(clientId), Json.Options);
        Assert.Null(cleared!.HighRisk);
        Assert.Equal([true, false], cleared.HighRiskHistory.Select(c => c.Raised));
        await (await op.PostAsJsonAsync(Routes.ClientCare.ClearHighRisk(clientId), new NoteRequest("Again"))).AssertProblemAsync(HttpStatusCode.Conflict, "/problems/invalid-transition");
    }

    [Fact]
    public async Task OperatorsOnCallHearFirstAndWithNobodyOnCallEveryOperatorDoes()
    {
        using var op = await platform.OperatorClientAsync();
        var me = (await op.GetFromJsonAsync<UserResponse>(Routes.Me.Prefix, Json.Options))!.Id;
        var on = await op.PutAsJsonAsync(Routes.Crisis.OnCall, new OnCallRequest(true));
        Assert.True((await on.Content.ReadFromJsonAsync<OnCallResponse>(Json.Options))!.OnCall);
        try
        {
            var roster = await platform.Grains.GetGrain<IOperatorRosterGrain>(0).GetAsync();
            Assert.Equal([me], roster.FirstResponders);
        }
        finally
        {
            var off = await op.PutAsJsonAsync(Routes.Crisis.OnCall, new OnCallRequest(false));
            Assert.False((await off.Content.ReadFromJsonAsync<OnCallResponse>(Json.Options))!.OnCall);
        }

        var everyone = await platform.Grains.GetGrain<IOperatorRosterGrain>(0).GetAsync();
        Assert.Contains(me, everyone.FirstResponders);
        var counselor = await platform.BookableCounselorAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await counselor.Client.PutAsJsonAsync(Routes.Crisis.OnCall, new OnCallRequest(true))).StatusCode);
    }
}
