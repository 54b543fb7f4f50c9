using Counseling.GrainInterfaces.Shared;

namespace Counseling.GrainInterfaces.Payments;

/// <summary>
/// A counselor's settlements, keyed by counselor id: applications for earned, unsettled sessions; an operator's
/// decision; payout by one transfer per appointment. Paid exactly once: every step is keyed, and an approved
/// application whose payout was interrupted is resumed (by the next call or the settlement cycle reminder).
/// </summary>
[Alias("Counseling.ISettlementGrain")]
public interface ISettlementGrain : IGrainWithGuidKey
{
    Task<Earning[]> UnsettledAsync();

    Task<SettlementApplication[]> ListAsync();

    /// <summary>Applies for every earned session not yet in an application. Fails when there is none.</summary>
    Task<Result<SettlementApplication>> ApplyAsync(bool automatic = false);

    /// <summary>An operator approves (and the payout runs) or rejects with a reason.</summary>
    Task<Result<SettlementApplication>> DecideAsync(Guid applicationId, Guid operatorId, bool approve, string? reason);

    /// <summary>The counselor's connected payout account at the provider (Stripe: "acct_…"), for an account they already have.</summary>
    Task<Result> SetPayoutAccountAsync(string accountId);

    /// <summary>
    /// Starts or continues payout onboarding (Stripe Connect Express): creates the connected account once, then
    /// returns a fresh hosted onboarding link.
    /// </summary>
    Task<Result<string>> StartPayoutOnboardingAsync(string email, string returnUrl, string refreshUrl);

    /// <summary>The payout account and whether the provider lets it receive payouts (asked afresh).</summary>
    Task<PayoutAccountView> GetPayoutAccountAsync();

    /// <summary>The provider reported a change to the connected account (webhook "account.updated").</summary>
    Task PayoutAccountUpdatedAsync(string accountId, bool payoutsEnabled);
}
