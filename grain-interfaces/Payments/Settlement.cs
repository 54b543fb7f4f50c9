using Counseling.GrainInterfaces.Counselors;

namespace Counseling.GrainInterfaces.Payments;

[GenerateSerializer, Alias("Counseling.SettlementStatus")]
public enum SettlementStatus
{
    Pending = 0,
    Approved = 1,
    Paid = 2,
    Rejected = 3,
}

/// <summary>
/// One earning inside a settlement, paid by its own transfer: a completed appointment, or a sale of paid content
/// (Source "content", keyed by the purchase).
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.SettlementItem")]
public sealed record SettlementItem(
    [property: Id(0)] Guid AppointmentId,
    [property: Id(1)] Money Amount,
    [property: Id(2)] bool Paid,
    [property: Id(3)] string Source = EarningSources.Session);

public static class EarningSources
{
    public const string Session = "session";
    public const string Content = "content";
}

[GenerateSerializer, Immutable, Alias("Counseling.SettlementApplication")]
public sealed record SettlementApplication(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid CounselorId,
    [property: Id(2)] SettlementItem[] Items,
    [property: Id(3)] SettlementStatus Status,
    [property: Id(4)] DateTimeOffset SubmittedAt,
    [property: Id(5)] Guid? DecidedBy,
    [property: Id(6)] DateTimeOffset? DecidedAt,
    [property: Id(7)] string? Reason,
    [property: Id(8)] DateTimeOffset? PaidAt,
    [property: Id(9)] bool Automatic);

/// <summary>An earning not yet in any settlement.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.Earning")]
public sealed record Earning(
    [property: Id(0)] Guid AppointmentId,
    [property: Id(1)] Money Amount,
    [property: Id(2)] DateTimeOffset EarnedAt,
    [property: Id(3)] string Source = EarningSources.Session);

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
    Task<SettlementResult> ApplyAsync(bool automatic = false);

    /// <summary>An operator approves (and the payout runs) or rejects with a reason.</summary>
    Task<SettlementResult> DecideAsync(Guid applicationId, Guid operatorId, bool approve, string? reason);

    /// <summary>The counselor's connected payout account at the provider (Stripe: "acct_…"), for an account they already have.</summary>
    Task<SettlementResult> SetPayoutAccountAsync(string accountId);

    /// <summary>
    /// Starts or continues payout onboarding (Stripe Connect Express): creates the connected account once, then
    /// returns a fresh hosted onboarding link.
    /// </summary>
    Task<PayoutOnboarding> StartPayoutOnboardingAsync(string email, string returnUrl, string refreshUrl);

    /// <summary>The payout account and whether the provider lets it receive payouts (asked afresh).</summary>
    Task<PayoutAccountView> GetPayoutAccountAsync();

    /// <summary>The provider reported a change to the connected account (webhook "account.updated").</summary>
    Task PayoutAccountUpdatedAsync(string accountId, bool payoutsEnabled);
}

[GenerateSerializer, Immutable, Alias("Counseling.PayoutOnboarding")]
public sealed record PayoutOnboarding(
    [property: Id(0)] string? Url,
    [property: Id(1)] string? Error,
    [property: Id(2)] string? Detail);

[GenerateSerializer, Immutable, Alias("Counseling.PayoutAccountView")]
public sealed record PayoutAccountView(
    [property: Id(0)] string? AccountId,
    [property: Id(1)] bool PayoutsEnabled,
    [property: Id(2)] bool DetailsSubmitted,
    [property: Id(3)] bool Simulated);

[GenerateSerializer, Immutable, Alias("Counseling.SettlementResult")]
public sealed record SettlementResult(
    [property: Id(0)] SettlementApplication? Application,
    [property: Id(1)] string? Error,
    [property: Id(2)] string? Detail);

/// <summary>Applications waiting for an operator, across counselors (single grain, key 0).</summary>
[Alias("Counseling.ISettlementQueueGrain")]
public interface ISettlementQueueGrain : IGrainWithIntegerKey
{
    Task SetPendingAsync(Guid counselorId, Guid applicationId, bool pending);

    Task<PendingSettlement[]> PendingAsync();
}

[GenerateSerializer, Immutable, Alias("Counseling.PendingSettlement")]
public sealed record PendingSettlement(
    [property: Id(0)] Guid CounselorId,
    [property: Id(1)] Guid ApplicationId);
