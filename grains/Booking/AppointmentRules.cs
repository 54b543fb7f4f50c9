using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Shared;

namespace Counseling.Grains.Booking;

/// <summary>
/// Who may move an appointment from one status to another, and when. Pure: the grain asks, then does the steps.
/// Each check returns null when the transition is allowed, else the refusal people see.
/// </summary>
public static class AppointmentRules
{
    public static readonly DomainError NotYours = DomainError.NotFound("There is no such appointment among yours.");

    public static readonly DomainError HoldExpired = new(ErrorCodes.HoldExpired, "The hold on this slot expired. Pick a time again.");

    public static bool IsParticipant(AppointmentSummary a, Guid actorId) => actorId == a.ClientId || actorId == a.CounselorId;

    /// <summary>Paying for (or redeeming a credit on) a held slot: only its client, only while the hold lasts.</summary>
    public static DomainError? CheckPayable(AppointmentSummary a, Guid actorId, DateTimeOffset now, string what)
    {
        if (actorId != a.ClientId)
        {
            return NotYours;
        }

        if (a.Status == AppointmentStatus.Held && now < a.HoldExpiresAt)
        {
            return null;
        }

        return a.Status is AppointmentStatus.Held or AppointmentStatus.Expired ? HoldExpired : CannotBe(a, what);
    }

    /// <summary>Confirming a payment made for a held slot (a retry of a confirmation already made is answered earlier).</summary>
    public static DomainError? CheckConfirm(AppointmentSummary a) => a.Status switch
    {
        AppointmentStatus.Held => null,
        AppointmentStatus.Expired => HoldExpired,
        _ => CannotBe(a, "confirmed"),
    };

    /// <summary>Opening the payment page: only while the hold lasts.</summary>
    public static DomainError? CheckCheckout(AppointmentSummary a, DateTimeOffset now)
    {
        if (a.Status == AppointmentStatus.Held && now < a.HoldExpiresAt)
        {
            return null;
        }

        return a.Status == AppointmentStatus.Confirmed ? DomainError.InvalidTransition("This appointment is already paid and booked.") : HoldExpired;
    }

    /// <summary>Either participant cancels a held or confirmed appointment before it starts.</summary>
    public static DomainError? CheckCancel(AppointmentSummary a, Guid actorId, string? reason, DateTimeOffset now)
    {
        if (!IsParticipant(a, actorId))
        {
            return NotYours;
        }

        if (reason?.Length > 500)
        {
            return DomainError.Invalid("reason", "Keep the reason to 500 characters or fewer.");
        }

        if (a.Status is not (AppointmentStatus.Held or AppointmentStatus.Confirmed))
        {
            return CannotBe(a, "cancelled");
        }

        return now >= a.Start ? DomainError.InvalidTransition("The session has started: mark a no-show instead of cancelling.") : null;
    }

    /// <summary>What a cancellation makes of the appointment: the counselor's, a timely one, or a late one (fee kept).</summary>
    public static AppointmentStatus CancellationOutcome(AppointmentSummary a, Guid actorId, DateTimeOffset now, TimeSpan window) =>
        actorId == a.CounselorId ? AppointmentStatus.CancelledByCounselor
        : a.Status == AppointmentStatus.Confirmed && a.Start - now < window ? AppointmentStatus.LateCancelled
        : AppointmentStatus.CancelledByClient;

    /// <summary>The client moves a confirmed appointment, outside the cancellation window.</summary>
    public static DomainError? CheckReschedule(AppointmentSummary a, Guid actorId, DateTimeOffset now, TimeSpan window)
    {
        if (actorId != a.ClientId)
        {
            return NotYours;
        }

        if (a.Status != AppointmentStatus.Confirmed)
        {
            return DomainError.InvalidTransition($"Only a confirmed appointment can be rescheduled; this one is {a.Status.Describe()}.");
        }

        return a.Start - now < window
            ? DomainError.InvalidTransition($"Rescheduling closes {window.TotalHours:0} hours before the session. You can still cancel (the fee is kept).")
            : null;
    }

    /// <summary>
    /// After the start, one participant reports the other absent; the room's record of who joined can contradict
    /// the report, and then it is refused.
    /// </summary>
    public static DomainError? CheckNoShow(AppointmentSummary a, Guid actorId, DateTimeOffset now, bool clientJoined, bool counselorJoined)
    {
        if (!IsParticipant(a, actorId))
        {
            return NotYours;
        }

        if (a.Status is not (AppointmentStatus.Confirmed or AppointmentStatus.InSession) || now < a.Start)
        {
            return DomainError.InvalidTransition("A no-show can be reported only for a confirmed session that has started.");
        }

        var counselorAbsent = actorId == a.ClientId;
        if (counselorAbsent ? counselorJoined : clientJoined)
        {
            return DomainError.InvalidTransition(counselorAbsent
                ? $"{a.CounselorName} joined this session, so it cannot be reported as a no-show. If something went wrong, contact support."
                : $"{a.ClientName} joined this session, so it cannot be reported as a no-show. Close it as completed instead.");
        }

        return null;
    }

    /// <summary>The counselor closes a session that has started.</summary>
    /// <summary>How close to its scheduled end a session may be completed without saying why it ended early.</summary>
    public static readonly TimeSpan EarlyCompletionMargin = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The counselor closes a session that has started. Completing it well before its scheduled end (a slip of the
    /// finger 18 seconds in, or a session cut short) needs a reason, which is kept with the appointment.
    /// </summary>
    public static DomainError? CheckComplete(AppointmentSummary a, Guid actorId, DateTimeOffset now, string? reason)
    {
        if (actorId != a.CounselorId)
        {
            return IsParticipant(a, actorId) ? new DomainError(ErrorCodes.Forbidden, "Only the counselor closes a session.") : NotYours;
        }

        if (a.Status is not (AppointmentStatus.Confirmed or AppointmentStatus.InSession) || now < a.Start)
        {
            return DomainError.InvalidTransition("Only a confirmed session that has started can be completed.");
        }

        if (reason?.Length > 500)
        {
            return DomainError.Invalid("reason", "Keep the reason to 500 characters or fewer.");
        }

        return now < a.End - EarlyCompletionMargin && string.IsNullOrWhiteSpace(reason)
            ? DomainError.Invalid("reason", "This session is scheduled to run longer. Say briefly why it ended early.")
            : null;
    }

    /// <summary>
    /// The outcome when the room closes by itself: absent counselor, the client is credited; present counselor and
    /// absent client, the fee is kept; both present, the session is completed.
    /// </summary>
    public static AppointmentStatus ClosingOutcome(bool clientJoined, bool counselorJoined) =>
        !counselorJoined ? AppointmentStatus.NoShowCounselor
        : !clientJoined ? AppointmentStatus.NoShowClient
        : AppointmentStatus.Completed;

    public static DomainError CannotBe(AppointmentSummary a, string what) =>
        DomainError.InvalidTransition($"An appointment that is {a.Status.Describe()} cannot be {what}.");
}
