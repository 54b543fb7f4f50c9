using Counseling.GrainInterfaces.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Problems;

/// <summary>Builds problem results from the catalog so that status, type and title always agree.</summary>
public static class Problem
{
    public static ProblemHttpResult Of(string code, string? detail = null)
    {
        var (status, title, _) = ProblemTypes.Catalog[code];
        return TypedResults.Problem(detail: detail, statusCode: status, title: title, type: ProblemTypes.Of(code));
    }

    /// <summary>
    /// A grain's refusal as a problem: a validation error names its field; every other code has its own problem type
    /// (<see cref="ProblemCodeFor"/>).
    /// </summary>
    public static ProblemHttpResult FromGrain(DomainError error)
    {
        if (error.Code != ErrorCodes.Validation)
        {
            return Of(ProblemCodeFor(error.Code), error.Message);
        }

        var (status, title, _) = ProblemTypes.Catalog["validation"];
        return TypedResults.Problem(new HttpValidationProblemDetails(
            new Dictionary<string, string[]> { [error.Field ?? "request"] = [error.Message] })
        {
            Status = status,
            Title = title,
            Type = ProblemTypes.Of("validation"),
            Detail = error.Message,
        });
    }

    /// <summary>
    /// The problem type for each domain error code. Exhaustive: an unknown code is a programming error, and a test
    /// enumerates <see cref="ErrorCodes.All"/> against this map.
    /// </summary>
    public static string ProblemCodeFor(string code) => code switch
    {
        ErrorCodes.Validation => "validation",
        ErrorCodes.NotFound or ErrorCodes.NotParticipant => "not-found",
        ErrorCodes.Forbidden => "forbidden",
        ErrorCodes.InvalidTransition => "invalid-transition",
        ErrorCodes.SlotTaken => "slot-taken",
        ErrorCodes.HoldExpired => "hold-expired",
        ErrorCodes.InvalidSlot => "invalid-slot",
        ErrorCodes.NotBookable => "not-bookable",
        ErrorCodes.PaymentMismatch => "payment-mismatch",
        ErrorCodes.NothingToSettle => "nothing-to-settle",
        ErrorCodes.NoCredit => "no-credit",
        ErrorCodes.AlreadyOwned => "already-owned",
        ErrorCodes.MembershipExists => "membership-exists",
        ErrorCodes.MembershipState => "membership-state",
        ErrorCodes.NotOpen => "session-not-open",
        ErrorCodes.Ended => "session-ended",
        ErrorCodes.Empty or ErrorCodes.TooLong or ErrorCodes.BadId => "invalid-message",
        ErrorCodes.BadSignal => "invalid-signal",
        ErrorCodes.RateLimited => "too-many-requests",
        ErrorCodes.TryAgain => "unavailable",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "A domain error code without a problem type."),
    };

    /// <summary>A field of the request is missing or wrong (checked at the edge, before any grain is asked).</summary>
    public static ProblemHttpResult Validation(string field, string message) => FromGrain(DomainError.Invalid(field, message));
}
