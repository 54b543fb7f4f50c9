using Counseling.GrainInterfaces.Accounts;
using Counseling.GrainInterfaces.Assessments;
using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Crisis;
using Counseling.GrainInterfaces.Notifications;
using Counseling.GrainInterfaces.Shared;
using Counseling.Grains.Notifications;

namespace Counseling.Grains.Assessments;

/// <summary>
/// A self-harm answer must reach a person even if this activation dies at the worst moment: the response's id is saved
/// as an alert to raise, under a durable reminder, before the response is stored; the alert (whose id is the
/// response's) is raised idempotently, and only then is the entry cleared.
/// </summary>
[GrainType("care")]
public sealed class CareGrain(
    [PersistentState("care", StorageNames.Main)] IPersistentState<CareState> state,
    IAssessmentStore store,
    TimeProvider clock) : Grain, ICareGrain, IRemindable
{
    public const string AlertsReminder = "care-alerts";

    /// <summary>Enough for years of weekly check-ins; the chart and the export read this far back.</summary>
    public const int HistoryLimit = 500;

    private Guid ClientId => this.GetPrimaryKey();

    private DateTimeOffset Now => clock.GetUtcNow();

    public async Task<Result<AssessmentResponse>> SubmitAsync(AssessmentSubmission submission)
    {
        if (Instruments.Find(submission.Instrument) is not { } instrument)
        {
            return DomainError.Invalid("instrument", $"There is no instrument '{submission.Instrument}'. Choose {string.Join(" or ", Instruments.All.Select(i => i.Id))}.");
        }

        if (submission.IdempotencyKey is { } key && await store.FindByKeyAsync(ClientId, key) is { } repeated)
        {
            await RaisePendingAlertsAsync(); // a retry after a failure finishes what the first attempt began
            return repeated;
        }

        var scored = AssessmentScoring.Score(instrument, submission.Answers, submission.Difficulty);
        if (scored.Error is { } invalid)
        {
            return invalid;
        }

        if (submission.AppointmentId is { } appointmentId
            && await GrainFactory.GetGrain<IAppointmentGrain>(appointmentId).GetAsync(ClientId) is null)
        {
            return DomainError.NotFound("You have no appointment with this id to attach the assessment to.");
        }

        var score = scored.Value!;
        var response = new AssessmentResponse(Guid.NewGuid(), ClientId, instrument.Id, [.. submission.Answers], submission.Difficulty,
            score.Total, score.Band, score.Flags, submission.AppointmentId, Now);
        var flagged = response.HasFlag(AssessmentScore.SelfHarmRisk);
        if (flagged)
        {
            state.State.AlertsToRaise.Add(response.Id);
            await this.ScheduleOnceAsync(AlertsReminder, Now, Now, TimeSpan.FromMinutes(5));
            await state.WriteOrDeactivateAsync(this);
        }

        var stored = await store.AppendAsync(response, submission.IdempotencyKey);
        var previous = state.State.Latest.Find(r => r.Instrument == instrument.Id);
        state.State.Latest.RemoveAll(r => r.Instrument == instrument.Id);
        state.State.Latest.Add(stored);
        await state.WriteOrDeactivateAsync(this);
        await RaisePendingAlertsAsync();
        await TellCounselorWhenWorseAsync(instrument, previous, stored);
        await GrainFactory.GetGrain<IReassessmentGrain>(ClientId).AnsweredAsync(instrument.Id, stored.SubmittedAt);
        return stored;
    }

    public async Task<AssessmentResponse[]> HistoryAsync(string? instrument) =>
        await store.HistoryAsync(ClientId, instrument is null ? null : Instruments.Find(instrument)?.Id ?? instrument.Trim(), HistoryLimit);

    public async Task<AssessmentTrend[]> TrendsAsync() => CareTrends.For(await store.HistoryAsync(ClientId, null, HistoryLimit));

    public Task<AssessmentResponse?> FindAsync(Guid responseId) => store.FindAsync(ClientId, responseId);

    public async Task<CareSummary> GetSummaryAsync() =>
        new(ClientId, state.State.HighRisk, [.. state.State.Latest.OrderBy(r => r.Instrument)], [.. state.State.HighRiskHistory], await ClientNameAsync());

    public async Task<bool> HasCounselorAsync(Guid counselorId) =>
        CareTeam.IsCounselorOf(await GrainFactory.GetGrain<IAppointmentBookGrain>(ClientId).ListAsync(), counselorId);

    public async Task<Result<Guid>> RaiseConcernAsync(Guid counselorId, string note)
    {
        if (string.IsNullOrWhiteSpace(note) || note.Trim().Length > 2000)
        {
            return DomainError.Invalid("note", "Say what worries you about this client (up to 2000 characters).");
        }

        var alertId = Guid.NewGuid();
        var reason = $"Counselor's concern: {note.Trim()}";
        await GrainFactory.GetGrain<ICrisisAlertGrain>(alertId).RaiseAsync(
            new CrisisAlertRequest(ClientId, await ClientNameAsync(), counselorId, reason, null, counselorId, Now));
        await FlagAsync(reason, alertId, counselorId);
        return alertId;
    }

    public async Task<Result> ClearHighRiskAsync(Guid staffId, string note)
    {
        if (string.IsNullOrWhiteSpace(note) || note.Trim().Length > 2000)
        {
            return DomainError.Invalid("note", "Say why the client is no longer at high risk (up to 2000 characters).");
        }

        if (state.State.HighRisk is null)
        {
            return DomainError.InvalidTransition("This client is not flagged as high risk.");
        }

        state.State.HighRisk = null;
        state.State.HighRiskHistory.Add(new HighRiskChange(Now, false, staffId, note.Trim(), null));
        await state.WriteOrDeactivateAsync(this);
        return Result.Ok;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status) => await RaisePendingAlertsAsync();

    /// <summary>
    /// Raises the alert of every flagged response that is stored; an entry whose response never got stored was a
    /// submission that failed (its sender was told), and is dropped.
    /// </summary>
    private async Task RaisePendingAlertsAsync()
    {
        foreach (var responseId in state.State.AlertsToRaise.ToArray())
        {
            if (await store.FindAsync(ClientId, responseId) is { } response)
            {
                var alertId = response.Id;
                var reason = SelfHarmReason(response);
                var counselor = CareTeam.CounselorFor(await GrainFactory.GetGrain<IAppointmentBookGrain>(ClientId).ListAsync(), Now);
                await GrainFactory.GetGrain<ICrisisAlertGrain>(alertId).RaiseAsync(
                    new CrisisAlertRequest(ClientId, await ClientNameAsync(), counselor, reason, response.Id, null, response.SubmittedAt));
                Flag(reason, alertId, null);
            }

            state.State.AlertsToRaise.Remove(responseId);
            await state.WriteOrDeactivateAsync(this);
        }

        if (state.State.AlertsToRaise.Count == 0)
        {
            await this.UnscheduleAsync(AlertsReminder);
        }
    }

    /// <summary>A move into a higher band is news for the counselor even when no answer is flagged.</summary>
    private async Task TellCounselorWhenWorseAsync(Instrument instrument, AssessmentResponse? previous, AssessmentResponse latest)
    {
        var bands = instrument.Bands.Select(b => b.Name).ToList();
        if (previous is null || bands.IndexOf(latest.Band) <= bands.IndexOf(previous.Band)
            || CareTeam.CounselorFor(await GrainFactory.GetGrain<IAppointmentBookGrain>(ClientId).ListAsync(), Now) is not { } counselor)
        {
            return;
        }

        await GrainFactory.NotifyAboutAsync(counselor, $"worse:{latest.Id:N}", NotificationKinds.ScoreWorsened,
            $"{await ClientNameAsync()}: {instrument.Title.Split(':')[0]} moved to {latest.Band.Replace('-', ' ')}",
            $"{instrument.Title.Split(':')[0]} total {latest.Total} (was {previous.Total}, {previous.Band.Replace('-', ' ')}).", Now, ClientId);
    }

    private async Task FlagAsync(string reason, Guid alertId, Guid? by)
    {
        Flag(reason, alertId, by);
        await state.WriteOrDeactivateAsync(this);
    }

    /// <summary>Raises the flag, or keeps the one already raised; every alert's raise is in the history once.</summary>
    private void Flag(string reason, Guid alertId, Guid? by)
    {
        if (state.State.HighRiskHistory.Any(c => c.Raised && c.AlertId == alertId))
        {
            return; // raised for this alert before the activation died
        }

        state.State.HighRisk ??= new HighRiskFlag(Now, reason, alertId);
        state.State.HighRiskHistory.Add(new HighRiskChange(Now, true, by, reason, alertId));
    }

    private static string SelfHarmReason(AssessmentResponse response)
    {
        var item = Array.FindIndex(Instruments.Phq9.Items, i => i.Id == Instruments.SelfHarmItemId);
        var answer = Instruments.Phq9.Options.First(o => o.Value == response.Answers[item]).Label;
        return $"PHQ-9 question 9 (thoughts of being better off dead or of self-harm) answered “{answer}”; total {response.Total}, {response.Band.Replace('-', ' ')}.";
    }

    private async Task<string> ClientNameAsync() =>
        (await GrainFactory.GetGrain<IUserGrain>(ClientId).GetProfileAsync())?.DisplayName ?? "A client";
}
