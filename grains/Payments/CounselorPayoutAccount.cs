using Counseling.GrainInterfaces.Notifications;
using Counseling.GrainInterfaces.Payments;
using Counseling.GrainInterfaces.Shared;
using Counseling.Grains.Notifications;

namespace Counseling.Grains.Payments;

/// <summary>
/// The counselor's connected account at the payment provider, which payouts are transferred into: given by hand or
/// created through the provider's hosted onboarding, and whether the provider lets it receive payouts yet. The
/// settlement cycle and the payouts stay with the settlement grain: it hands in <c>joinCycle</c> for a new account,
/// and pays out what waited when <see cref="UpdatedAsync"/> says the account has just been enabled.
/// </summary>
public sealed class CounselorPayoutAccount(
    IPersistentState<SettlementState> state,
    IPaymentGateway gateway,
    IGrainFactory grains,
    Guid counselorId,
    TimeProvider clock)
{
    public async Task<Result> SetAsync(string accountId, Func<Task> joinCycle)
    {
        accountId = accountId.Trim();
        if (!System.Text.RegularExpressions.Regex.IsMatch(accountId, "^acct_[A-Za-z0-9]{6,64}$"))
        {
            return DomainError.Invalid("accountId", "A connected account id such as 'acct_1A2b3C4d5E'.");
        }

        state.State.PayoutAccount = accountId;
        state.State.PayoutsEnabled = false; // until the provider says otherwise
        await state.WriteStateAsync();
        await joinCycle();
        return Result.Ok;
    }

    public async Task<Result<string>> StartOnboardingAsync(string email, string returnUrl, string refreshUrl, Func<Task> joinCycle)
    {
        if (state.State.PayoutAccount is null)
        {
            // Keyed by the counselor: a retried request (or two tabs) creates one connected account.
            state.State.PayoutAccount = await gateway.CreateConnectedAccountAsync(counselorId, email, $"connect-account:{counselorId:N}");
            await state.WriteStateAsync();
            await joinCycle();
        }

        // Links are single-use and short-lived, so each request gets a new one (its own key, never replayed).
        var url = await gateway.CreateOnboardingLinkAsync(state.State.PayoutAccount, returnUrl, refreshUrl, $"account-link:{state.State.PayoutAccount}:{Guid.NewGuid():N}");
        return url;
    }

    public async Task<PayoutAccountView> ViewAsync()
    {
        if (state.State.PayoutAccount is { } account && !state.State.PayoutsEnabled)
        {
            // Not ready yet as far as we know: ask the provider rather than wait for its webhook.
            var status = await gateway.GetConnectedAccountAsync(account);
            if (status.PayoutsEnabled != state.State.PayoutsEnabled || status.DetailsSubmitted != state.State.DetailsSubmitted)
            {
                state.State.PayoutsEnabled = status.PayoutsEnabled;
                state.State.DetailsSubmitted = status.DetailsSubmitted;
                await state.WriteStateAsync();
            }
        }

        return new PayoutAccountView(state.State.PayoutAccount, state.State.PayoutsEnabled, state.State.DetailsSubmitted, gateway.Method == "simulated");
    }

    /// <summary>
    /// Records what the provider reported about the account. True when it has just become able to receive payouts
    /// (the counselor is told), so that approved payouts waiting for it can run.
    /// </summary>
    public async Task<bool> UpdatedAsync(string accountId, bool payoutsEnabled)
    {
        if (state.State.PayoutAccount != accountId)
        {
            return false; // an account this counselor no longer uses
        }

        var enabledNow = payoutsEnabled && !state.State.PayoutsEnabled;
        state.State.PayoutsEnabled = payoutsEnabled;
        state.State.DetailsSubmitted |= payoutsEnabled;
        await state.WriteStateAsync();
        if (enabledNow)
        {
            await grains.NotifyAsync(counselorId, $"payouts-enabled-{accountId}", NotificationKinds.SettlementPaid, "Payouts are set up",
                "Your payout account is verified: approved settlements are paid into it.", clock.GetUtcNow());
        }

        return enabledNow;
    }
}
