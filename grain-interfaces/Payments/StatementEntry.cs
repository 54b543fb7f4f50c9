using Counseling.GrainInterfaces.Shared;

namespace Counseling.GrainInterfaces.Payments;

/// <summary>
/// One line of a person's statement, in their terms: one ledger transaction, described by what it was for, with the
/// amount it is about (never negative: <see cref="Kind"/> says which way it went). The ledger's own entries stay as
/// they are; this is how they read.
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.StatementEntry")]
public sealed record StatementEntry(
    [property: Id(0)] long Id,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Kind,
    [property: Id(3)] string Description,
    [property: Id(4)] Money Amount);

/// <summary>What a statement entry was, from the reader's side.</summary>
public static class StatementEntryKinds
{
    /// <summary>The client paid this by card.</summary>
    public const string Payment = "payment";

    /// <summary>This went back to the client's card.</summary>
    public const string Refund = "refund";

    /// <summary>A package credit paid for a session (the amount is the credit's value).</summary>
    public const string CreditUsed = "credit-used";

    /// <summary>A package credit came back after a session was called off.</summary>
    public const string CreditReturned = "credit-returned";

    /// <summary>A membership's included session paid for a session.</summary>
    public const string MembershipSession = "membership-session";

    /// <summary>An included session went back to the membership.</summary>
    public const string MembershipSessionReturned = "membership-session-returned";

    /// <summary>What was paid for a session went to it (it took place, or the fee was kept); nothing new was charged.</summary>
    public const string SessionSettled = "session-settled";

    /// <summary>Package credits lapsed unused (the amount is their value).</summary>
    public const string CreditsExpired = "credits-expired";

    /// <summary>A counselor earned this (a session or a sale, less the platform fee).</summary>
    public const string Earning = "earning";

    /// <summary>This was paid out to the counselor's bank account.</summary>
    public const string Payout = "payout";

    /// <summary>Any other movement on the person's accounts (none is posted today; shown rather than hidden).</summary>
    public const string Other = "other";
}

/// <summary>A page of a statement; <see cref="NextBefore"/> asks for the page after it (null: this was the last).</summary>
[GenerateSerializer, Immutable, Alias("Counseling.StatementPage")]
public sealed record StatementPage(
    [property: Id(0)] StatementEntry[] Entries,
    [property: Id(1)] long? NextBefore);
