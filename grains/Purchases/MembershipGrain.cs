using Counseling.GrainInterfaces.Purchases;
using Counseling.GrainInterfaces.Shared;
using Counseling.Grains.Payments;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Counseling.Grains.Purchases;

/// <summary>
/// A client's membership: joining, pausing (a pause lengthens the cycle by its days), cancelling, and the sessions
/// its plan includes each cycle. What happens when a cycle ends, renewing it or ending it, is
/// <see cref="MembershipRenewal"/>'s.
/// </summary>
[GrainType("membership")]
public sealed class MembershipGrain(
    [PersistentState("membership", StorageNames.Main)] IPersistentState<MembershipState> state,
    IPaymentGateway gateway,
    IOptions<MembershipOptions> options,
    TimeProvider clock,
    ILogger<MembershipGrain> logger) : Grain, IMembershipGrain, IRemindable
{
    public const string RenewalReminder = "membership-renewal";

    private MembershipState S => state.State;

    private Guid Client => this.GetPrimaryKey();

    private DateTimeOffset Now => clock.GetUtcNow();

    private MembershipRenewal Renewal => new(this, state, GrainFactory, gateway, options.Value, clock, logger);

    public Task<MembershipView> GetAsync()
    {
        Normalize();
        return Task.FromResult(View());
    }

    public async Task<bool> ActivateAsync(Guid purchaseId, MembershipPlan plan, PaymentReceipt payment)
    {
        Normalize();
        if (S.PurchaseId == purchaseId)
        {
            return true; // a repeated delivery of the same purchase
        }

        if (S.Status is MembershipStatus.Active or MembershipStatus.Paused)
        {
            return false;
        }

        // A new membership (first, or after one ended or lapsed unpaid) starts a fresh cycle today.
        S.Plan = plan;
        S.PurchaseId = purchaseId;
        S.Status = MembershipStatus.Active;
        S.Cycle = 1;
        S.PeriodStart = Now;
        S.PeriodEnd = Now + options.Value.CycleLength;
        S.CancelAtPeriodEnd = false;
        S.PausedUntil = null;
        S.PauseDaysUsedThisCycle = 0;
        S.FirstPayment = payment;
        S.RenewalFailures = 0;
        S.LastRenewalError = null;
        S.NextRetryAt = null;
        S.IncludedUses.Clear();
        await SaveAsync();
        await Renewal.ScheduleAsync(S.PeriodEnd);
        return true;
    }

    public async Task<Result<MembershipView>> PauseAsync(int days)
    {
        Normalize();
        if (S.Status != MembershipStatus.Active)
        {
            return Refuse(S.Status == MembershipStatus.Paused ? "The membership is already paused." : "Only an active membership can be paused.");
        }

        var left = MembershipOptions.MaxPauseDaysPerCycle - S.PauseDaysUsedThisCycle;
        if (days < 1 || days > left)
        {
            return left == 0
                ? Refuse($"You have used all {MembershipOptions.MaxPauseDaysPerCycle} pause days of this cycle.")
                : DomainError.Invalid("days", $"Between 1 and {left} (up to {MembershipOptions.MaxPauseDaysPerCycle} days per cycle).");
        }

        S.Status = MembershipStatus.Paused;
        S.PausedUntil = Now.AddDays(days);
        S.PeriodEnd = S.PeriodEnd.AddDays(days);
        S.PauseDaysUsedThisCycle += days;
        await SaveAsync();
        await Renewal.ScheduleAsync(S.PeriodEnd);
        return Result<MembershipView>.Ok(View());
    }

    public async Task<Result<MembershipView>> ResumeAsync()
    {
        Normalize();
        if (S.Status != MembershipStatus.Paused)
        {
            return Refuse("The membership is not paused.");
        }

        // Only whole days actually paused are used: the rest go back to the allowance and come off the lengthened cycle.
        var unused = Math.Min(MembershipPauses.DaysGivenBack(S.PausedUntil!.Value, Now), S.PauseDaysUsedThisCycle);
        S.PeriodEnd = S.PeriodEnd.AddDays(-unused);
        S.PauseDaysUsedThisCycle -= unused;
        S.PausedUntil = null;
        S.Status = MembershipStatus.Active;
        await SaveAsync();
        await Renewal.ScheduleAsync(S.PeriodEnd);
        return Result<MembershipView>.Ok(View());
    }

    public async Task<Result<MembershipView>> CancelAsync()
    {
        Normalize();
        switch (S.Status)
        {
            case MembershipStatus.Active or MembershipStatus.Paused:
                S.CancelAtPeriodEnd = true;
                await SaveAsync();
                return Result<MembershipView>.Ok(View());
            case MembershipStatus.PastDue:
                await Renewal.EndAsync("You cancelled the membership while its renewal was unpaid.");
                return Result<MembershipView>.Ok(View());
            default:
                return Refuse("There is no running membership to cancel.");
        }
    }

    public async Task<Result<MembershipView>> KeepAsync()
    {
        Normalize();
        if (S.Status is not (MembershipStatus.Active or MembershipStatus.Paused) || !S.CancelAtPeriodEnd)
        {
            return Refuse("The membership is not set to end.");
        }

        S.CancelAtPeriodEnd = false;
        await SaveAsync();
        return Result<MembershipView>.Ok(View());
    }

    public Task<MembershipBenefits?> GetBenefitsAsync()
    {
        Normalize();
        return Task.FromResult(S.Status == MembershipStatus.Active && S.Plan is { } plan && Now < S.PeriodEnd
            ? new MembershipBenefits(plan.DiscountPercent, IncludedLeft(), plan.IncludedSessions > 0 ? new Money(plan.IncludedSessionPriceCapMinor, plan.MonthlyPrice.Currency) : null, plan.Name)
            : null);
    }

    public async Task<Result<PaymentReceipt>> UseIncludedSessionAsync(Guid appointmentId, Money sessionPrice)
    {
        if (S.IncludedUses.FirstOrDefault(u => u.Value.AppointmentId == appointmentId && !u.Value.Returned) is { Key: { } used })
        {
            return Result<PaymentReceipt>.Ok(new PaymentReceipt(PaymentMethods.Membership, used, sessionPrice)); // a retried redemption
        }

        var benefits = await GetBenefitsAsync();
        if (benefits is null or { IncludedSessionsLeft: 0 })
        {
            return new DomainError(ErrorCodes.NoCredit, benefits is null
                ? "You have no active membership (it may be paused) to cover this session."
                : "You have used this cycle's included sessions.");
        }

        if (benefits.IncludedSessionPriceCap is not { } cap || cap.Currency != sessionPrice.Currency || sessionPrice.AmountMinor > cap.AmountMinor)
        {
            return new DomainError(ErrorCodes.NoCredit,
                $"Your membership covers sessions up to {benefits.IncludedSessionPriceCap?.Format()}; this one costs {sessionPrice.Format()}.");
        }

        var reference = $"member_{Client:N}_{S.Cycle}_{appointmentId:N}";
        S.IncludedUses[reference] = new IncludedSessionUse(appointmentId, S.Cycle, false);
        await SaveAsync();
        return Result<PaymentReceipt>.Ok(new PaymentReceipt(PaymentMethods.Membership, reference, sessionPrice));
    }

    public async Task ReturnIncludedSessionAsync(string receiptReference)
    {
        if (S.IncludedUses.TryGetValue(receiptReference, out var use) && !use.Returned)
        {
            // Counted per cycle: a session given back in a later cycle does not add to that cycle's allowance.
            S.IncludedUses[receiptReference] = use with { Returned = true };
            await SaveAsync();
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        Normalize();
        if (reminderName != RenewalReminder || S.Status is MembershipStatus.None or MembershipStatus.Ended)
        {
            await Renewal.UnscheduleAsync();
            return;
        }

        await Renewal.RenewOrEndWhenDueAsync();
    }

    /// <summary>A pause that has run out is over: reading the state lifts it, no timer needed.</summary>
    private void Normalize()
    {
        if (S.Status == MembershipStatus.Paused && S.PausedUntil <= Now)
        {
            S.Status = MembershipStatus.Active;
            S.PausedUntil = null;
        }
    }

    private int IncludedLeft() =>
        Math.Max(0, (S.Plan?.IncludedSessions ?? 0) - S.IncludedUses.Values.Count(u => u.Cycle == S.Cycle && !u.Returned));

    private MembershipView View() => new(S.Status, S.Plan, S.Cycle,
        S.Status == MembershipStatus.None ? null : S.PeriodStart, S.Status == MembershipStatus.None ? null : S.PeriodEnd,
        S.Status is MembershipStatus.Active or MembershipStatus.Paused ? IncludedLeft() : 0, S.CancelAtPeriodEnd, S.PausedUntil,
        MembershipOptions.MaxPauseDaysPerCycle - S.PauseDaysUsedThisCycle, S.LastRenewalError, gateway.Method == PaymentMethods.Simulated);

    private Task SaveAsync() => state.WriteOrDeactivateAsync(this);

    private static DomainError Refuse(string detail) => new DomainError(ErrorCodes.MembershipState, detail);
}
