using System.Reflection;

namespace Counseling.GrainInterfaces.Shared;

/// <summary>
/// Every code a <see cref="DomainError"/> may carry. Codes are part of the public contract (problem types, hub
/// errors): add new ones, never rename. The api has a problem type for each (a test enumerates <see cref="All"/>).
/// </summary>
public static class ErrorCodes
{
    // General
    public const string Validation = "validation";
    public const string NotFound = "not-found";
    public const string Forbidden = "forbidden";
    public const string InvalidTransition = "invalid-transition";

    // Booking
    public const string SlotTaken = "slot-taken";
    public const string HoldExpired = "hold-expired";
    public const string InvalidSlot = "invalid-slot";
    public const string NotBookable = "not-bookable";

    // Money
    public const string PaymentMismatch = "payment-mismatch";
    public const string NothingToSettle = "nothing-to-settle";
    public const string NoCredit = "no-credit";
    public const string AlreadyOwned = "already-owned";
    public const string MembershipExists = "membership-exists";
    public const string MembershipState = "membership-state";

    // Live sessions
    public const string NotParticipant = "not-participant";
    public const string NotOpen = "not-open";
    public const string Ended = "ended";
    public const string Empty = "empty";
    public const string TooLong = "too-long";
    public const string BadId = "bad-id";
    public const string RateLimited = "rate-limited";
    public const string BadSignal = "bad-signal";

    /// <summary>The platform could not finish in time (a silo is failing over): retry the same request.</summary>
    public const string TryAgain = "try-again";

    /// <summary>Every code above, for exhaustive mapping tests.</summary>
    public static IReadOnlyList<string> All { get; } = typeof(ErrorCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();
}
