using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Shared;

namespace Counseling.Grains.Accounting;

/// <summary>
/// How the money held for a session is divided once the session is final. All amounts are minor units of the
/// session's currency. <see cref="Paid"/> = <see cref="Refunded"/> + <see cref="CounselorShare"/> +
/// <see cref="PlatformFee"/> - <see cref="MemberDiscount"/> always holds, so the split is balanced by construction.
/// </summary>
public sealed record SessionSplit(long Paid, long Refunded, long CounselorShare, long PlatformFee, long MemberDiscount, decimal RefundPercent)
{
    /// <summary>
    /// The split of a paid session that was delivered or whose fee is kept (completed, client absent, cancelled late).
    /// The counselor earns on the session's price, whatever discount the platform gave a member (the membership pool
    /// bears it); a package session earns what the client paid for that credit. A late cancellation paid by card may
    /// give part back (the policy's percentage), from both sides alike.
    /// </summary>
    public static SessionSplit FeeKept(AppointmentStatus status, PaymentReceipt payment, Money price, FeePolicy policy)
    {
        var paid = payment.Amount.AmountMinor;
        var basis = payment.Method == PaymentMethods.Package ? paid : price.AmountMinor;
        var share = status == AppointmentStatus.LateCancelled && PaymentMethods.IsCard(payment.Method) ? policy.LateCancellationRefundPercent : 0m;
        var refunded = Money.PercentOf(paid, share);
        basis -= Money.PercentOf(basis, share);
        var fee = policy.FeeOn(basis);
        var kept = paid - refunded;
        return new SessionSplit(paid, refunded, basis - fee, fee, basis - kept, share);
    }

    /// <summary>Whether the fee is kept (the counselor earns) for an appointment that ended this way.</summary>
    public static bool KeepsFee(AppointmentStatus status) =>
        status is AppointmentStatus.Completed or AppointmentStatus.NoShowClient or AppointmentStatus.LateCancelled;
}
