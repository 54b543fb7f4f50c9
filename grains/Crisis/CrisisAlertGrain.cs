using Counseling.GrainInterfaces.Crisis;
using Counseling.GrainInterfaces.Notifications;
using Counseling.GrainInterfaces.Shared;
using Counseling.Grains.Notifications;
using Microsoft.Extensions.Options;

namespace Counseling.Grains.Crisis;

/// <summary>
/// An alert is never lost and never escalates twice for one step. It is saved, with the people to tell, before anyone
/// is told, under a durable reminder; each delivery has an id derived from the alert and the step, so a repeated
/// delivery lands in an inbox once. The reminder ticks at Orleans' shortest period (a minute) for as long as the alert
/// is open, and each tick runs the steps whose moment has passed: a tick is never moved from inside its own handler,
/// where Orleans may overwrite the new due time with the period. The step reached is saved after its notifications
/// went out, so a tick that fires twice finds the step done.
/// </summary>
[GrainType("crisis-alert")]
public sealed class CrisisAlertGrain(
    [PersistentState("crisis-alert", StorageNames.Main)] IPersistentState<CrisisAlertState> state,
    TimeProvider clock,
    IOptions<CrisisOptions> options) : Grain, ICrisisAlertGrain, IRemindable
{
    public const string Reminder = "crisis-alert";

    private Guid Id => this.GetPrimaryKey();

    private DateTimeOffset Now => clock.GetUtcNow();

    private CrisisAlert? Alert => state.State.Alert;

    private EscalationStep[] Steps => options.Value.Steps;

    public async Task<CrisisAlert> RaiseAsync(CrisisAlertRequest request)
    {
        if (Alert is { } existing)
        {
            await DeliverPendingAsync(); // a caller retrying after a failure finishes what the first call began
            return existing;
        }

        var roster = await GrainFactory.GetGrain<IOperatorRosterGrain>(0).GetAsync();
        var deadline = request.RaisedAt + options.Value.AcknowledgeWithin;
        state.State.Alert = new CrisisAlert(Id, request.ClientId, request.ClientName, request.CounselorId, request.Reason, request.AssessmentId, request.RaisedBy,
            request.RaisedAt, deadline, CrisisAlertStatus.Open, 0, [new CrisisAlertEvent(request.RaisedAt, CrisisAlertEvent.Created, request.RaisedBy, request.Reason)]);
        state.State.Undelivered = [.. CrisisRecipients.First(request.CounselorId, roster).Select(user => new PendingDelivery(user, NotificationKinds.CrisisAlert, $"crisis:{Id:N}",
            $"Crisis alert: {request.ClientName}", $"{request.Reason} Acknowledge by {Notifier.Time()}."))];
        var tick = this.ReminderMinimum();
        await this.RegisterOrUpdateReminder(Reminder, tick, tick); // before anyone is told: finishes delivery if this activation dies
        await state.WriteOrDeactivateAsync(this);
        await IndexAsync(); // listed before anyone is told, so a page that reloads on the notification finds it
        await DeliverPendingAsync();
        return Alert!;
    }

    public Task<CrisisAlert?> GetAsync() => Task.FromResult(Alert);

    public async Task MarkSeenAsync(Guid userId)
    {
        if (Alert is { } alert && !alert.Trail.Any(e => e.Kind == CrisisAlertEvent.Seen && e.UserId == userId))
        {
            await RecordAsync(alert with { Trail = [.. alert.Trail, new CrisisAlertEvent(Now, CrisisAlertEvent.Seen, userId, null)] });
        }
    }

    public async Task<Result<CrisisAlert>> AcknowledgeAsync(Guid userId, string note)
    {
        if (Check(note, CrisisAlertStatus.Open, "This alert was already acknowledged.") is { } refusal)
        {
            return refusal;
        }

        await RecordAsync(Acknowledged(Alert!, userId, note));
        await UnscheduleWhenDoneAsync();
        await TellCounselorItIsHandledAsync(userId);
        return Alert!;
    }

    public async Task<Result<CrisisAlert>> ResolveAsync(Guid userId, string note)
    {
        if (Check(note, null, "This alert is already resolved.") is { } refusal)
        {
            return refusal;
        }

        var alert = Alert!.Status == CrisisAlertStatus.Open ? Acknowledged(Alert, userId, note) : Alert;
        await RecordAsync(alert with { Status = CrisisAlertStatus.Resolved, Trail = [.. alert.Trail, new CrisisAlertEvent(Now, CrisisAlertEvent.Resolved, userId, note)] });
        await UnscheduleWhenDoneAsync();
        return Alert!;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (Alert is null)
        {
            await this.UnscheduleAsync(Reminder);
            return;
        }

        await DeliverPendingAsync();
        await EscalateWhenDueAsync();
        await UnscheduleWhenDoneAsync();
        await IndexAsync(); // also repairs the index after a failed update
    }

    /// <summary>
    /// Runs every step whose moment has passed and that has not run yet, in order. The step number is saved after the
    /// step's notifications went out: a crash in between repeats notifications the inboxes already hold, nothing else.
    /// </summary>
    private async Task EscalateWhenDueAsync()
    {
        while (Alert is { Status: CrisisAlertStatus.Open } alert && alert.EscalationStep < Steps.Length
            && Now >= alert.AcknowledgeBy + Steps[alert.EscalationStep].AfterDeadline)
        {
            var step = alert.EscalationStep;
            var roster = await GrainFactory.GetGrain<IOperatorRosterGrain>(0).GetAsync();
            var recipients = CrisisRecipients.ForStep(Steps[step], alert.CounselorId, roster);
            var late = Now - alert.AcknowledgeBy;
            foreach (var user in recipients)
            {
                await GrainFactory.NotifyAboutAsync(user, $"crisis:{Id:N}:step:{step + 1}", NotificationKinds.CrisisAlertEscalated,
                    $"Unacknowledged crisis alert: {alert.ClientName}",
                    $"Nobody has acknowledged this alert since {Notifier.Time()}. {alert.Reason} Open it and record what you did.", Now, Id, alert.CreatedAt);
            }

            var trail = recipients.Select(user => new CrisisAlertEvent(Now, CrisisAlertEvent.Delivered, user, $"escalation step {step + 1}"))
                .Prepend(new CrisisAlertEvent(Now, CrisisAlertEvent.Escalated, null, $"Step {step + 1}: not acknowledged {Minutes(late)} after the deadline; told {recipients.Length} {(recipients.Length == 1 ? "person" : "people")}."));
            await RecordAsync(alert with { EscalationStep = step + 1, Trail = [.. alert.Trail, .. trail] });
        }
    }

    private async Task DeliverPendingAsync()
    {
        if (state.State.Undelivered.Count == 0 || Alert is not { } alert)
        {
            return;
        }

        var delivered = new List<CrisisAlertEvent>();
        foreach (var pending in state.State.Undelivered)
        {
            await GrainFactory.NotifyAboutAsync(pending.UserId, pending.DedupKey, pending.Kind, pending.Title, pending.Body, alert.CreatedAt, Id, alert.AcknowledgeBy);
            delivered.Add(new CrisisAlertEvent(Now, CrisisAlertEvent.Delivered, pending.UserId, null));
        }

        state.State.Undelivered = [];
        await RecordAsync(alert with { Trail = [.. alert.Trail, .. delivered] });
    }

    /// <summary>The counselor hears that someone else took the alert on, so two people do not both stop what they do.</summary>
    private async Task TellCounselorItIsHandledAsync(Guid acknowledgedBy)
    {
        if (Alert is { CounselorId: { } counselor } alert && counselor != acknowledgedBy)
        {
            await GrainFactory.NotifyAboutAsync(counselor, $"crisis:{Id:N}:acknowledged", NotificationKinds.CrisisAlertAcknowledged,
                $"Crisis alert acknowledged: {alert.ClientName}", "A colleague acknowledged this alert and recorded what was done.", Now, Id);
        }
    }

    private Result<CrisisAlert>? Check(string note, CrisisAlertStatus? required, string refusal)
    {
        if (Alert is null)
        {
            return DomainError.NotFound("There is no such crisis alert.");
        }

        if (string.IsNullOrWhiteSpace(note) || note.Trim().Length > 2000)
        {
            return DomainError.Invalid("note", "Write what was done (up to 2000 characters): for example, called the client and agreed a safety plan.");
        }

        if (required is { } r && Alert.Status != r || Alert.Status == CrisisAlertStatus.Resolved)
        {
            return DomainError.InvalidTransition(refusal);
        }

        return null;
    }

    private CrisisAlert Acknowledged(CrisisAlert alert, Guid userId, string note) =>
        alert with { Status = CrisisAlertStatus.Acknowledged, Trail = [.. alert.Trail, new CrisisAlertEvent(Now, CrisisAlertEvent.Acknowledged, userId, note.Trim())] };

    private async Task RecordAsync(CrisisAlert alert)
    {
        state.State.Alert = alert;
        await state.WriteOrDeactivateAsync(this);
        await IndexAsync();
    }

    private Task IndexAsync() => Alert is { } alert ? GrainFactory.GetGrain<ICrisisAlertIndexGrain>(0).UpsertAsync(alert) : Task.CompletedTask;

    /// <summary>The reminder goes only when nothing is left for it: every notification delivered, no escalation to come.</summary>
    private Task UnscheduleWhenDoneAsync() =>
        state.State.Undelivered.Count == 0 && (Alert is not { Status: CrisisAlertStatus.Open } alert || alert.EscalationStep >= Steps.Length)
            ? this.UnscheduleAsync(Reminder)
            : Task.CompletedTask;

    private static string Minutes(TimeSpan late) => late < TimeSpan.FromMinutes(1) ? "less than a minute" : $"{(int)late.TotalMinutes} min";
}
