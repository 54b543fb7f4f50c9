using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Shared;
using Counseling.Grains.Accounting;

namespace Counseling.Grains.Booking;

/// <summary>
/// What a cancellation would refund and keep, from the same rules that settle it (<see cref="AppointmentRules"/>
/// decides the outcome, <see cref="SessionSplit"/> the money), so the sentence a person confirms is the one that
/// happens. Pure.
/// </summary>
public static class CancellationQuotes
{
    /// <summary>The quote for a participant who may cancel now; the refusal they would get otherwise.</summary>
    public static Result<CancellationQuote> For(AppointmentSummary? a, Guid actorId, DateTimeOffset now, TimeSpan window, FeePolicy fees)
    {
        if (a is null)
        {
            return AppointmentRules.NotYours;
        }

        return AppointmentRules.CheckCancel(a, actorId, null, now) is { } refused ? refused : Quote(a, actorId, now, window, fees);
    }

    public static CancellationQuote Quote(AppointmentSummary a, Guid actorId, DateTimeOffset now, TimeSpan window, FeePolicy fees)
    {
        var outcome = AppointmentRules.CancellationOutcome(a, actorId, now, window);
        var late = outcome == AppointmentStatus.LateCancelled;
        var freeUntil = a.Start - window;
        var none = new Money(0, a.Price.Currency);
        if (!SessionPostings.IsCharged(a))
        {
            return new CancellationQuote(outcome, late, none, none, none, "none", freeUntil, "none");
        }

        var payment = a.Payment!;
        var to = PaymentMethods.IsCard(payment.Method) ? "card" : "credit";
        if (!SessionSplit.KeepsFee(outcome))
        {
            return new CancellationQuote(outcome, late, payment.Amount, payment.Amount, payment.Amount with { AmountMinor = 0 }, to, freeUntil, to);
        }

        var split = SessionSplit.FeeKept(outcome, payment, a.Price, fees);
        var refund = payment.Amount with { AmountMinor = split.Refunded };
        return new CancellationQuote(outcome, late, payment.Amount, refund, payment.Amount - refund, split.Refunded > 0 ? to : "none", freeUntil, to);
    }
}
