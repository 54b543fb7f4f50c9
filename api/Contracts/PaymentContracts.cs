using System.ComponentModel.DataAnnotations;
using Counseling.GrainInterfaces.Payments;
using Counseling.GrainInterfaces.Shared;

namespace Counseling.Api.Contracts;

/// <summary>Where to pay, whether the provider is simulated, and the amount asked (a member discount included).</summary>
public sealed record CheckoutResponse(string Url, bool Simulated, Money? Amount = null);

/// <summary>What Stripe gets back: the event was taken, and whether it had been taken before.</summary>
public sealed record WebhookReceipt(bool Received, bool Duplicate);

public sealed record WalletResponse(AccountBalance[] Balances, StatementLine[] Statement, long? NextBefore);

public sealed record SettlementsResponse(Earning[] Unsettled, SettlementApplication[] Applications);

public sealed record PayoutAccountRequest([property: Required, MaxLength(80)] string AccountId);

public sealed record SettlementDecisionRequest(bool Approve, [property: MaxLength(1000)] string? Reason);

public sealed record OnboardingLink(string Url);

/// <summary>An operator's note on a payment dispute they handled.</summary>
public sealed record ReviewRequest([property: Required, MinLength(1), MaxLength(1000)] string Note);
