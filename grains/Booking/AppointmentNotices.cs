using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Notifications;
using Counseling.GrainInterfaces.Shared;
using Counseling.Grains.Counselors;
using Counseling.Grains.Notifications;

namespace Counseling.Grains.Booking;

/// <summary>
/// What the two participants of an appointment are told, in one place. Each notice is keyed by what it is about, so
/// a retried step or a reminder firing twice notifies once.
/// </summary>
public sealed class AppointmentNotices(IGrainFactory grains, DateTimeOffset now)
{
    /// <summary>The start in the counselor's zone, for texts only one reader sees in one place (a payment page).</summary>
    public static string Label(AppointmentSummary a) => SlotCalculator.LocalLabel(a.Start, a.CounselorTimeZone);

    /// <summary>The start, written by each reader's client in their own zone.</summary>
    private static readonly string Start = Notifier.Time(0);

    public async Task BookedAsync(AppointmentSummary a, PaymentReceipt payment)
    {
        await grains.NotifyAsync(a.CounselorId, a.Id.ToString(), NotificationKinds.BookingConfirmed,
            "New booking", $"{a.ClientName} booked {Start}.", now, a.Id, a.Start);
        await grains.NotifyAsync(a.ClientId, a.Id.ToString(), NotificationKinds.BookingConfirmed,
            "Your session is booked", $"With {a.CounselorName}, {Start}." + PaidNote(payment), now, a.Id, a.Start);
    }

    /// <summary>
    /// The other participant is told; the client, whoever cancelled, is told what comes back to them. The reason comes
    /// last, so that what a person typed can be left out where the text leaves the platform (an email).
    /// </summary>
    public async Task CancelledAsync(AppointmentSummary cancelled, bool byCounselor, string? reason)
    {
        var a = cancelled;
        var why = reason is null ? "" : $" Reason: {reason}";
        if (byCounselor)
        {
            await grains.NotifyAsync(a.ClientId, a.Id.ToString(), NotificationKinds.BookingCancelled,
                "Session cancelled", $"{a.CounselorName} cancelled {Start}.{MoneyBack(a)}{why}", now, a.Id, a.Start);
            return;
        }

        await grains.NotifyAsync(a.CounselorId, a.Id.ToString(), NotificationKinds.BookingCancelled,
            "Session cancelled", $"{a.ClientName} cancelled {Start}.{why}", now, a.Id, a.Start);
        await grains.NotifyAsync(a.ClientId, a.Id.ToString(), NotificationKinds.BookingCancelled,
            "You cancelled a session", $"With {a.CounselorName}, {Start}.{MoneyBack(a)}", now, a.Id, a.Start);
    }

    /// <summary>What the client gets back from a cancellation, in money.</summary>
    private static string MoneyBack(AppointmentSummary a)
    {
        if (a.Payment is not { Method: not PaymentMethods.NotCharged } payment)
        {
            return "";
        }

        if (PaymentMethods.IsCard(payment.Method))
        {
            return a.RefundedMinor > 0
                ? $" {new Money(a.RefundedMinor, payment.Amount.Currency).Format()} is refunded to your card; banks usually show it within 5–10 days."
                : " It was cancelled late, so the fee is kept.";
        }

        return a.Status == AppointmentStatus.LateCancelled
            ? " It was cancelled late, so the credit is used."
            : payment.Method == PaymentMethods.Membership ? " The included session is back in your membership." : " The package credit is back in your wallet.";
    }

    public Task RescheduledAsync(AppointmentSummary from, AppointmentSummary to) =>
        grains.NotifyAsync(from.CounselorId, from.Id.ToString(), NotificationKinds.BookingRescheduled,
            "Session moved", $"{from.ClientName} moved {Notifier.Time(0)} to {Notifier.Time(1)}.", now, to.Id, from.Start, to.Start);

    /// <summary>The participant reported absent is told who reported it and what it means for the money.</summary>
    public Task ReportedAbsentAsync(AppointmentSummary a, bool counselorAbsent) =>
        grains.NotifyAsync(counselorAbsent ? a.CounselorId : a.ClientId, a.Id.ToString(), NotificationKinds.NoShow,
            "Marked as a no-show",
            counselorAbsent
                ? $"{a.ClientName} reported that you did not attend {Start}. The client has been credited."
                : $"{a.CounselorName} reported that you did not attend {Start}. The session fee is kept.",
            now, a.Id, a.Start);

    /// <summary>The room closed without both participants: both are told the outcome.</summary>
    public async Task ClosedWithoutAsync(AppointmentSummary a, AppointmentStatus outcome)
    {
        var absent = outcome == AppointmentStatus.NoShowCounselor
            ? "The counselor did not join; you have been credited."
            : "The client did not join; the session fee is kept.";
        await grains.NotifyAsync(a.ClientId, $"{a.Id}-close", NotificationKinds.NoShow, "Session closed", $"Session on {Start}: {absent}", now, a.Id, a.Start);
        await grains.NotifyAsync(a.CounselorId, $"{a.Id}-close", NotificationKinds.NoShow, "Session closed", $"Session on {Start}: {absent}", now, a.Id, a.Start);
    }

    public async Task ComingUpAsync(AppointmentSummary a, string reminderName, bool dayBefore)
    {
        var when = dayBefore ? "tomorrow" : "in one hour";
        await grains.NotifyAsync(a.ClientId, $"{a.Id}-{reminderName}", NotificationKinds.AppointmentReminder,
            $"Your session is {when}", $"With {a.CounselorName}, {Start}.", now, a.Id, a.Start);
        await grains.NotifyAsync(a.CounselorId, $"{a.Id}-{reminderName}", NotificationKinds.AppointmentReminder,
            $"Session {when}", $"With {a.ClientName}, {Start}.", now, a.Id, a.Start);
    }

    public Task HoldExpiredAsync(AppointmentSummary a) =>
        grains.NotifyAsync(a.ClientId, a.Id.ToString(), NotificationKinds.HoldExpired,
            "Your reserved time was released", $"The hold on {Start} with {a.CounselorName} expired before payment.", now, a.Id, a.Start);

    public Task PaymentReturnedAsync(AppointmentSummary a, PaymentReceipt receipt) =>
        grains.NotifyAsync(a.ClientId, $"{a.Id}-unused-{receipt.Reference}", NotificationKinds.HoldExpired,
            "Payment refunded", $"Your payment for the session on {Start} could not be used (the reserved time was released, or it was already paid), so it has been refunded in full.", now, a.Id, a.Start);

    private static string PaidNote(PaymentReceipt payment) => payment.Method switch
    {
        PaymentMethods.Package => " Paid with a package credit; your receipt is on the appointment.",
        PaymentMethods.Membership => " Included in your membership; your receipt is on the appointment.",
        PaymentMethods.NotCharged => "",
        _ => $" Paid {payment.Amount.Format()}; your receipt is on the appointment.",
    };
}
