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

public sealed record PayoutAccountRequest([property: Required(ErrorMessage = "Enter your Stripe account id (it starts with acct_)."), MaxLength(80, ErrorMessage = "Use at most 80 characters.")] string AccountId);

public sealed record SettlementDecisionRequest(bool Approve, [property: MaxLength(1000, ErrorMessage = "Keep the reason to 1,000 characters or fewer.")] string? Reason);

public sealed record OnboardingLink(string Url);

/// <summary>An operator's note on a payment dispute they handled.</summary>
public sealed record ReviewRequest([property: Required(ErrorMessage = "Write what you found."), MinLength(1, ErrorMessage = "Write what you found."), MaxLength(1000, ErrorMessage = "Keep the note to 1,000 characters or fewer.")] string Note);
