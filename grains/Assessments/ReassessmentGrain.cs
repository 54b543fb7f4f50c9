using Counseling.GrainInterfaces.Accounts;
using Counseling.GrainInterfaces.Assessments;
using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Notifications;
using Counseling.GrainInterfaces.Shared;
using Counseling.Grains.Notifications;

namespace Counseling.Grains.Assessments;

/// <summary>
/// A client's re-assessment schedule. One durable reminder drives it: each tick sends what is due, reminds, lets
/// unanswered requests lapse and tells the counselor after too many in a row, then sets the reminder for the next thing
/// to do, at most an hour away so that a session booked meanwhile is seen. A tick that fires twice does nothing twice:
/// requests are keyed by occasion and every notification's id derives from it.
/// </summary>
[GrainType("reassessment")]
public sealed class ReassessmentGrain(
    [PersistentState("reassessment", StorageNames.Main)] IPersistentState<ReassessmentState> state,
    TimeProvider clock) : Grain, IReassessmentGrain, IRemindable
{
    public const string Reminder = "reassessment";

    /// <summary>How many past requests the schedule shows; older ones have done their work.</summary>
    public const int KeptRequests = 50;

    /// <summary>While a schedule runs, it looks at the client's appointments at least this often.</summary>
    public static readonly TimeSpan LookAgainWithin = TimeSpan.FromHours(1);

    private Guid ClientId => this.GetPrimaryKey();

    private DateTimeOffset Now => clock.GetUtcNow();

    public Task<ReassessmentSchedule> GetAsync() => Task.FromResult(View());

    public async Task<Result<ReassessmentSchedule>> SetPlanAsync(Guid counselorId, ReassessmentPlan? plan)
    {
        if (plan is not null && Validate(plan) is { } invalid)
        {
            return invalid;
        }

        state.State.Plan = plan is null ? null : plan with { Instruments = [.. plan.Instruments.Select(i => Instruments.Find(i)!.Id).Distinct()] };
        state.State.SetBy = counselorId;
        state.State.SetAt = Now;
        state.State.Version++;
        await state.WriteOrDeactivateAsync(this);
        await this.ScheduleOnceAsync(Reminder, Now, Now, LookAgainWithin); // should this tick fail, Orleans runs it again
        await TickAsync();
        return View();
    }

    public async Task AnsweredAsync(string instrument, DateTimeOffset at)
    {
        var changed = false;
        for (var i = 0; i < state.State.Requests.Count; i++)
        {
            var request = state.State.Requests[i];
            if (!request.IsOpen() || !request.Outstanding().Contains(instrument))
            {
                continue;
            }

            var answered = request.Answered.Append(instrument).ToArray();
            state.State.Requests[i] = request with { Answered = answered, CompletedAt = request.Instruments.All(answered.Contains) ? at : null };
            changed = true;
        }

        if (changed || state.State.MissedInARow > 0)
        {
            state.State.MissedInARow = 0; // any answer ends a run of missed requests
            await state.WriteOrDeactivateAsync(this);
        }
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => TickAsync();

    private async Task TickAsync()
    {
        var now = Now;
        var appointments = state.State.Plan?.Cadence is ReassessmentCadence.BeforeEverySession or ReassessmentCadence.BeforeEveryOtherSession
            ? await GrainFactory.GetGrain<IAppointmentBookGrain>(ClientId).ListAsync()
            : [];
        if (state.State.Plan is { } plan && state.State.SetBy is { } counselor && state.State.SetAt is { } setAt)
        {
            foreach (var occasion in ReassessmentOccasions.Due(plan, state.State.Version, counselor, setAt, appointments, state.State.Sent, now))
            {
                await SendAsync(plan, occasion, now);
            }
        }

        for (var i = 0; i < state.State.Requests.Count; i++)
        {
            var request = state.State.Requests[i];
            if (request.IsOpen() && now >= request.ExpiresAt)
            {
                await LapseAsync(i, now);
            }
            else if (request.IsOpen() && request.RemindedAt is null && now >= RemindAt(request))
            {
                await RemindAsync(i, now);
            }
        }

        await ScheduleNextAsync(appointments, now);
    }

    /// <summary>Tells the client first (idempotent by occasion), then records the request: a crash in between sends nothing twice.</summary>
    private async Task SendAsync(ReassessmentPlan plan, ReassessmentOccasion occasion, DateTimeOffset now)
    {
        var names = string.Join(" and ", plan.Instruments.Select(Short));
        var (body, times) = occasion.SessionStart is { } start
            ? ($"Please answer the {names} before your session on {Notifier.Time()}. It takes a few minutes and helps your counselor see how you are doing.", new[] { start })
            : ($"Please answer the {names}. It takes a few minutes and helps your counselor see how you are doing.", Array.Empty<DateTimeOffset>());
        await GrainFactory.NotifyAboutAsync(ClientId, $"reassess:{occasion.Key}", NotificationKinds.AssessmentRequested,
            "Your counselor asks for a check-in", body, now, ClientId, times);
        state.State.Requests.Add(new ReassessmentRequest(Guid.NewGuid(), occasion.Key, plan.Instruments, now, now.AddDays(plan.ExpiresAfterDays),
            occasion.SessionStart, [], null, null, null));
        state.State.Sent.Add(occasion.Key);
        if (state.State.Requests.Count > KeptRequests)
        {
            state.State.Requests.RemoveRange(0, state.State.Requests.Count - KeptRequests);
        }

        await state.WriteOrDeactivateAsync(this);
    }

    private async Task RemindAsync(int index, DateTimeOffset now)
    {
        var request = state.State.Requests[index];
        await GrainFactory.NotifyAboutAsync(ClientId, $"reassess-reminder:{request.Occasion}", NotificationKinds.AssessmentReminder,
            "A check-in is waiting for you", $"Your counselor asked you to answer the {string.Join(" and ", request.Outstanding().Select(Short))}. It is open until {Notifier.Time()}.",
            now, ClientId, request.ExpiresAt);
        state.State.Requests[index] = request with { RemindedAt = now };
        await state.WriteOrDeactivateAsync(this);
    }

    /// <summary>The request lapses and counts as missed; reaching the plan's limit tells the counselor once for the run.</summary>
    private async Task LapseAsync(int index, DateTimeOffset now)
    {
        var request = state.State.Requests[index];
        state.State.Requests[index] = request with { MissedAt = now };
        state.State.MissedInARow++;
        await state.WriteOrDeactivateAsync(this);
        if (state.State.Plan is { } plan && state.State.SetBy is { } counselor && state.State.MissedInARow == plan.TellAfterMissed)
        {
            var client = (await GrainFactory.GetGrain<IUserGrain>(ClientId).GetProfileAsync())?.DisplayName ?? "A client";
            await GrainFactory.NotifyAboutAsync(counselor, $"reassess-missed:{request.Occasion}", NotificationKinds.AssessmentsMissed,
                $"{client} missed {plan.TellAfterMissed} check-ins in a row",
                $"The last one ({string.Join(" and ", request.Instruments.Select(Short))}) lapsed unanswered. A word from you may help.", now, ClientId);
        }
    }

    /// <summary>Sets the reminder for the next thing to do, or removes it when there is nothing left.</summary>
    private async Task ScheduleNextAsync(IEnumerable<AppointmentSummary> appointments, DateTimeOffset now)
    {
        var candidates = state.State.Requests.Where(r => r.IsOpen())
            .Select(r => r.RemindedAt is null && RemindAt(r) < r.ExpiresAt ? RemindAt(r) : r.ExpiresAt).ToList();
        if (state.State.Plan is { } plan && state.State.SetBy is { } counselor && state.State.SetAt is { } setAt)
        {
            if (ReassessmentOccasions.Next(plan, state.State.Version, counselor, setAt, appointments, now) is { } next)
            {
                candidates.Add(next);
            }

            if (plan.Cadence is ReassessmentCadence.BeforeEverySession or ReassessmentCadence.BeforeEveryOtherSession)
            {
                candidates.Add(now + LookAgainWithin); // a session booked meanwhile
            }
        }

        if (candidates.Count == 0)
        {
            await this.UnscheduleAsync(Reminder);
            return;
        }

        await this.ScheduleOnceAsync(Reminder, candidates.Min(), now, LookAgainWithin);
    }

    private DateTimeOffset RemindAt(ReassessmentRequest request) =>
        request.SentAt.AddDays(state.State.Plan?.RemindAfterDays ?? ReassessmentPlan.DefaultRemindAfterDays);

    private ReassessmentSchedule View() =>
        new(ClientId, state.State.Plan, state.State.SetBy, state.State.SetAt, [.. Enumerable.Reverse(state.State.Requests)], state.State.MissedInARow);

    private static DomainError? Validate(ReassessmentPlan plan)
    {
        if (!Enum.IsDefined(plan.Cadence))
        {
            return DomainError.Invalid("cadence", "Choose before every session, before every other session, every few weeks or once.");
        }

        if (plan.Instruments is not { Length: > 0 } || plan.Instruments.Any(i => Instruments.Find(i) is null))
        {
            return DomainError.Invalid("instruments", $"Choose at least one of {string.Join(" and ", Instruments.All.Select(i => i.Id))}.");
        }

        if (plan.Cadence == ReassessmentCadence.EveryNWeeks && plan.EveryWeeks is not (>= 1 and <= 12))
        {
            return DomainError.Invalid("everyWeeks", "Say every how many weeks, from 1 to 12.");
        }

        if (plan.ExpiresAfterDays is < 1 or > 30)
        {
            return DomainError.Invalid("expiresAfterDays", "A check-in stays open from 1 to 30 days.");
        }

        if (plan.RemindAfterDays < 1 || plan.RemindAfterDays >= plan.ExpiresAfterDays)
        {
            return DomainError.Invalid("remindAfterDays", "Remind at least a day after sending and before the check-in closes.");
        }

        return plan.TellAfterMissed is < 1 or > 10
            ? DomainError.Invalid("tellAfterMissed", "Say after how many missed check-ins in a row to tell you, from 1 to 10.")
            : null;
    }

    private static string Short(string instrument) => Instruments.Find(instrument)?.Title.Split(':')[0] ?? instrument;
}
