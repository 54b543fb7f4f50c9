using Counseling.GrainInterfaces.Notifications;
using Counseling.GrainInterfaces.Payments;
using Counseling.GrainInterfaces.Shared;
using Counseling.Grains.Accounting;
using Counseling.Grains.Notifications;
using Microsoft.Extensions.Options;

namespace Counseling.Grains.Payments;

/// <summary>
/// Payout steps are keyed per appointment ("payout:{id}" in the ledger, "transfer:{id}" at the provider) and the
/// application is saved after each one, so resuming an interrupted payout repeats nothing. A durable reminder is
/// registered before a payout starts and removed when it ends: if the silo dies in between, another silo resumes.
/// Every counselor with a payout account (<see cref="CounselorPayoutAccount"/>) is on the settlement cycle
/// (<see cref="SettlementCalendar"/>): a durable reminder, moved to the next run date each time it fires, applies for
/// them on the 1st and the 16th.
/// </summary>
[GrainType("settlement")]
public sealed class SettlementGrain(
    [PersistentState("settlement", StorageNames.Main)] IPersistentState<SettlementState> state,
    ILedgerStore ledger,
    IPaymentGateway gateway,
    TimeProvider clock,
    IOptions<SettlementOptions> settlement) : Grain, ISettlementGrain, IRemindable
{
    public const string PayoutRetryReminder = "payout-retry";
    public const string CycleReminder = "settlement-cycle";

    /// <summary>
    /// How often the cycle reminder fires when it is not moved to the next run date: a run missed while no silo was up,
    /// or whose handler failed before rescheduling, is caught up within a day.
    /// </summary>
    public static readonly TimeSpan CycleCatchUp = TimeSpan.FromDays(1);

    private Guid CounselorId => this.GetPrimaryKey();

    private DateTimeOffset Now => clock.GetUtcNow();

    private List<SettlementApplication> Applications => state.State.Applications;

    private string Zone => settlement.Value.TimeZone;

    private CounselorPayoutAccount PayoutAccount => new(state, gateway, GrainFactory, CounselorId, clock);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.PayoutAccount is not null && state.State.LastCycle is null)
        {
            await JoinCycleAsync(); // an account set up before the calendar cycle existed
        }
    }

    public async Task<Earning[]> UnsettledAsync()
    {
        var claimed = Applications.Where(a => a.Status != SettlementStatus.Rejected).SelectMany(a => a.Items).Select(i => i.AppointmentId).ToHashSet();
        var account = LedgerAccounts.CounselorPayable(CounselorId);
        var sessions = await ledger.LinesAsync(account, "session-earned");
        var content = await ledger.LinesAsync(account, "content-sale");
        return [.. sessions.Select(l => (Line: l, Source: EarningSources.Session)).Concat(content.Select(l => (Line: l, Source: EarningSources.Content)))
            .Where(e => Guid.TryParse(e.Line.Reference, out var id) && !claimed.Contains(id))
            .OrderBy(e => e.Line.At)
            .Select(e => new Earning(Guid.Parse(e.Line.Reference!), new Money(e.Line.AmountMinor, e.Line.Currency), e.Line.At, e.Source))];
    }

    public Task<SettlementApplication[]> ListAsync() => Task.FromResult(Applications.OrderByDescending(a => a.SubmittedAt).ToArray());

    public Task<Result<SettlementApplication>> ApplyAsync(bool automatic = false) => ApplyAsync(automatic, cycle: null);

    /// <summary>A cycle's run is recorded in the same write as its application, so that it is applied for once.</summary>
    private async Task<Result<SettlementApplication>> ApplyAsync(bool automatic, DateOnly? cycle)
    {
        var unsettled = await UnsettledAsync();
        if (unsettled.Length == 0)
        {
            if (cycle is not null)
            {
                state.State.LastCycle = cycle;
                await state.WriteStateAsync();
            }

            return new DomainError(ErrorCodes.NothingToSettle, "There are no earned, unsettled sessions.");
        }

        var application = new SettlementApplication(Guid.NewGuid(), CounselorId,
            [.. unsettled.Select(e => new SettlementItem(e.AppointmentId, e.Amount, false, e.Source))],
            SettlementStatus.Pending, Now, null, null, null, null, automatic);
        Applications.Add(application);
        state.State.LastCycle = cycle ?? state.State.LastCycle;
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<ISettlementQueueGrain>(0).SetPendingAsync(CounselorId, application.Id, true);
        return application;
    }

    public async Task<Result<SettlementApplication>> DecideAsync(Guid applicationId, Guid operatorId, bool approve, string? reason)
    {
        var index = Applications.FindIndex(a => a.Id == applicationId);
        if (index < 0)
        {
            return new DomainError(ErrorCodes.NotFound, "No such settlement application.");
        }

        var application = Applications[index];
        if (application.Status != SettlementStatus.Pending)
        {
            return new DomainError(ErrorCodes.InvalidTransition, $"This application is already {application.Status.ToString().ToLowerInvariant()}.");
        }

        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (!approve && reason is null)
        {
            return DomainError.Invalid("reason", "Say why the application is rejected; the counselor will see it.");
        }

        Applications[index] = application with
        {
            Status = approve ? SettlementStatus.Approved : SettlementStatus.Rejected,
            DecidedBy = operatorId,
            DecidedAt = Now,
            Reason = reason,
        };
        if (approve)
        {
            await this.RegisterOrUpdateReminder(PayoutRetryReminder, this.ReminderMinimum(), TimeSpan.FromMinutes(5));
        }

        await state.WriteStateAsync();
        await GrainFactory.GetGrain<ISettlementQueueGrain>(0).SetPendingAsync(CounselorId, applicationId, false);
        if (!approve)
        {
            await GrainFactory.NotifyAsync(CounselorId, $"settlement-{applicationId}", NotificationKinds.SettlementRejected,
                "Settlement not approved", reason!, Now);
            return Applications[index];
        }

        await PayOutAsync();
        return Applications.First(a => a.Id == applicationId);
    }

    public Task<Result> SetPayoutAccountAsync(string accountId) => PayoutAccount.SetAsync(accountId, JoinCycleAsync);

    public Task<Result<string>> StartPayoutOnboardingAsync(string email, string returnUrl, string refreshUrl) =>
        PayoutAccount.StartOnboardingAsync(email, returnUrl, refreshUrl, JoinCycleAsync);

    public Task<PayoutAccountView> GetPayoutAccountAsync() => PayoutAccount.ViewAsync();

    public async Task PayoutAccountUpdatedAsync(string accountId, bool payoutsEnabled)
    {
        if (await PayoutAccount.UpdatedAsync(accountId, payoutsEnabled) && Applications.Any(a => a.Status == SettlementStatus.Approved))
        {
            await PayOutAsync(); // payouts that waited for the account
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == PayoutRetryReminder)
        {
            await PayOutAsync();
        }
        else if (reminderName == CycleReminder)
        {
            await RunCycleAsync();
        }
    }

    /// <summary>
    /// Puts the counselor on the cycle from the next run date on. The cycle already under way began before the account
    /// existed, so it counts as run.
    /// </summary>
    private async Task JoinCycleAsync()
    {
        if (state.State.LastCycle is null)
        {
            state.State.LastCycle = SettlementCalendar.CycleOf(Now, Zone);
            await state.WriteStateAsync();
        }

        await ScheduleCycleAsync();
    }

    private Task ScheduleCycleAsync() =>
        this.RegisterOrUpdateReminder(CycleReminder, this.AtLeastReminderMinimum(SettlementCalendar.NextRun(Now, Zone) - Now), CycleCatchUp);

    /// <summary>
    /// Applies once per cycle, whenever the reminder fires within it (on time, a day late, or twice), unless an
    /// application is already waiting for an operator; then it moves the reminder to the next run date.
    /// </summary>
    private async Task RunCycleAsync()
    {
        if (state.State.PayoutAccount is null)
        {
            // Only counselors with a payout account are on the cycle; this is a reminder of the older 15-day cycle.
            if (await this.GetReminder(CycleReminder) is { } stale)
            {
                await this.UnregisterReminder(stale);
            }

            return;
        }

        var cycle = SettlementCalendar.CycleOf(Now, Zone);
        if (state.State.LastCycle is not { } last || last < cycle)
        {
            if (!Applications.Any(a => a.Status == SettlementStatus.Pending))
            {
                await ApplyAsync(automatic: true, cycle);
            }
            else
            {
                state.State.LastCycle = cycle;
                await state.WriteStateAsync();
            }
        }

        // An application saved just before a failure may never have reached the operators' queue; telling it again is harmless.
        foreach (var waiting in Applications.Where(a => a.Status == SettlementStatus.Pending))
        {
            await GrainFactory.GetGrain<ISettlementQueueGrain>(0).SetPendingAsync(CounselorId, waiting.Id, true);
        }

        await ScheduleCycleAsync();
    }

    /// <summary>Pays every unpaid item of every approved application, one appointment at a time.</summary>
    private async Task PayOutAsync()
    {
        for (var i = 0; i < Applications.Count; i++)
        {
            if (Applications[i].Status != SettlementStatus.Approved)
            {
                continue;
            }

            foreach (var item in Applications[i].Items.Where(item => !item.Paid))
            {
                await GrainFactory.GetGrain<IWalletGrain>(CounselorId).PostAsync(SettlementPostings.Payout(CounselorId, item));
                var group = item.Source == EarningSources.Content ? $"content-{item.AppointmentId:N}" : $"appointment-{item.AppointmentId:N}";
                await gateway.TransferAsync(state.State.PayoutAccount, item.Amount, group, $"transfer:{item.AppointmentId:N}");
                Applications[i] = Applications[i] with { Items = [.. Applications[i].Items.Select(x => x.AppointmentId == item.AppointmentId ? x with { Paid = true } : x)] };
                await state.WriteStateAsync();
            }

            Applications[i] = Applications[i] with { Status = SettlementStatus.Paid, PaidAt = Now };
            await state.WriteStateAsync();
            var total = Applications[i].Items.Sum(x => x.Amount.AmountMinor);
            await GrainFactory.NotifyAsync(CounselorId, $"settlement-paid-{Applications[i].Id}", NotificationKinds.SettlementPaid,
                "Settlement paid", $"{Applications[i].Items.Length} earning(s), {new Money(total, Applications[i].Items[0].Amount.Currency).Format()}, are on their way to your account.", Now);
        }

        if (await this.GetReminder(PayoutRetryReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }
}
