using Counseling.GrainInterfaces.Notifications;
using Counseling.GrainInterfaces.Payments;
using Counseling.GrainInterfaces.Purchases;
using Counseling.Grains.Accounting;
using Counseling.Grains.Notifications;
using Counseling.Grains.Payments;
using Microsoft.Extensions.Logging;

namespace Counseling.Grains.Purchases;

/// <summary>
/// The end of a membership's cycle, woken by its one durable reminder (<see cref="MembershipGrain.RenewalReminder"/>):
/// a cancelled membership ends; any other renews by charging the card saved with the first payment, keyed per cycle
/// and attempt so that a reminder firing twice charges once; a declined renewal leaves it past due (benefits paused)
/// and is tried again a few times before the membership ends.
/// </summary>
public sealed class MembershipRenewal(
    Grain grain,
    IPersistentState<MembershipState> state,
    IGrainFactory grains,
    IPaymentGateway gateway,
    MembershipOptions options,
    TimeProvider clock,
    ILogger logger)
{
    private MembershipState S => state.State;

    private Guid Client => grain.GetPrimaryKey();

    private DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>For a running membership whose reminder fired: ends or renews it when that is due, else waits on.</summary>
    public async Task RenewOrEndWhenDueAsync()
    {
        var due = S.Status == MembershipStatus.PastDue ? S.NextRetryAt ?? Now : S.PeriodEnd;
        if (Now < due)
        {
            await ScheduleAsync(due); // woke early (a duplicated tick), or the cycle was lengthened by a pause
            return;
        }

        if (S.CancelAtPeriodEnd)
        {
            await EndAsync($"Your {S.Plan!.Name} membership ended at the end of the paid period, as you asked.");
            return;
        }

        await RenewAsync();
    }

    private async Task RenewAsync()
    {
        var plan = S.Plan!;
        var next = S.Cycle + 1;
        var metadata = new Dictionary<string, string> { ["wallet_id"] = Client.ToString(), ["membership_cycle"] = next.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var charge = await gateway.ChargeSavedCardAsync(S.FirstPayment!.Reference, plan.MonthlyPrice, $"{plan.Name} membership, month {next}", metadata,
            $"membership:{S.PurchaseId:N}:cycle:{next}:try:{S.RenewalFailures}");
        if (!charge.Succeeded)
        {
            S.RenewalFailures++;
            S.LastRenewalError = charge.FailureMessage;
            logger.LogWarning("Renewal {Cycle} of the membership of {Client} failed ({Attempt}): {Reason}", next, Client, S.RenewalFailures, charge.FailureMessage);
            if (S.RenewalFailures >= options.RenewalAttempts)
            {
                await EndAsync($"We could not renew your {plan.Name} membership ({charge.FailureMessage}), so it has ended. You can join again at any time.");
                return;
            }

            S.Status = MembershipStatus.PastDue;
            S.NextRetryAt = Now + options.RenewalRetryDelay;
            await SaveAsync();
            await grains.NotifyAsync(Client, $"membership-{S.PurchaseId}-{next}-failed-{S.RenewalFailures}", NotificationKinds.MembershipPaymentFailed,
                "Membership payment failed",
                $"Renewing your {plan.Name} membership failed: {charge.FailureMessage} We will try again in {options.RenewalRetryDelay.TotalHours:0} hours; member benefits are paused until then.", Now);
            await ScheduleAsync(S.NextRetryAt.Value);
            return;
        }

        // Ledger first (keyed per cycle), then the new cycle: a crash in between renews once on the next wake.
        await grains.GetGrain<IWalletGrain>(Client).PostAsync(PurchasePostings.MembershipFee(Client, plan.MonthlyPrice,
            $"membership:{S.PurchaseId:N}:cycle:{next}", $"{S.PurchaseId}/{next}", charge.PaymentReference!, $"{plan.Name} membership, month {next}"));
        var lapsed = S.Status == MembershipStatus.PastDue;
        S.Cycle = next;
        S.PeriodStart = lapsed ? Now : S.PeriodEnd;
        S.PeriodEnd = S.PeriodStart + options.CycleLength;
        S.Status = MembershipStatus.Active;
        S.PauseDaysUsedThisCycle = 0;
        S.RenewalFailures = 0;
        S.LastRenewalError = null;
        S.NextRetryAt = null;
        await SaveAsync();
        await grains.NotifyAsync(Client, $"membership-{S.PurchaseId}-{next}", NotificationKinds.MembershipRenewed, "Membership renewed",
            $"Paid {plan.MonthlyPrice.Format()} for month {next} of your {plan.Name} membership, until {Notifier.Date()}.", Now, null, S.PeriodEnd);
        await ScheduleAsync(S.PeriodEnd);
    }

    /// <summary>Ends the membership for the reason given, which the client is told, and stops waking it.</summary>
    public async Task EndAsync(string why)
    {
        S.Status = MembershipStatus.Ended;
        S.PausedUntil = null;
        await SaveAsync();
        await grains.NotifyAsync(Client, $"membership-{S.PurchaseId}-{S.Cycle}-ended", NotificationKinds.MembershipEnded, "Membership ended", why, Now);
        await UnscheduleAsync();
    }

    /// <summary>Wakes the membership at the given instant: the end of its cycle, or the next renewal attempt.</summary>
    public Task ScheduleAsync(DateTimeOffset at) => grain.ScheduleOnceAsync(MembershipGrain.RenewalReminder, at, Now);

    public Task UnscheduleAsync() => grain.UnscheduleAsync(MembershipGrain.RenewalReminder);

    private Task SaveAsync() => state.WriteOrDeactivateAsync(grain);
}
