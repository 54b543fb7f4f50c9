using Counseling.GrainInterfaces.Shared;

namespace Counseling.GrainInterfaces.Booking;

/// <summary>
/// One appointment's lifecycle: held, confirmed, in session, completed; or cancelled, late-cancelled, no-show,
/// rescheduled, expired. Every command names the acting user; only the appointment's client and counselor may
/// act or read, and each transition checks who may make it and when.
/// </summary>
[Alias("Counseling.IAppointmentGrain")]
public interface IAppointmentGrain : IGrainWithGuidKey
{
    /// <summary>Called once by the counselor grain that granted the hold. Idempotent for the same appointment.</summary>
    Task CreateAsync(AppointmentSummary appointment);

    /// <summary>The appointment, or null when it does not exist or the actor is not one of its participants.</summary>
    Task<AppointmentSummary?> GetAsync(Guid actorId);

    /// <summary>The client confirms a held slot with proof of payment. Fails once the hold has expired.</summary>
    Task<Result<AppointmentSummary>> ConfirmAsync(Guid actorId, PaymentReceipt payment);

    /// <summary>What cancelling now would refund and keep, for a participant who may cancel; nothing changes.</summary>
    Task<Result<CancellationQuote>> QuoteCancellationAsync(Guid actorId);

    /// <summary>Either participant cancels; the policy decides between cancelled and late-cancelled.</summary>
    Task<Result<AppointmentSummary>> CancelAsync(Guid actorId, string? reason);

    /// <summary>The client moves a confirmed appointment (outside the cancellation window) to another free slot.</summary>
    Task<Result<AppointmentSummary>> RescheduleAsync(Guid actorId, DateTimeOffset newStart);

    /// <summary>After the start: the counselor reports the client absent, or the client reports the counselor absent.</summary>
    Task<Result<AppointmentSummary>> MarkNoShowAsync(Guid actorId);

    /// <summary>The counselor closes an appointment that took place (after its start).</summary>
    Task<Result<AppointmentSummary>> CompleteAsync(Guid actorId, string? reason = null);

    /// <summary>
    /// The client starts paying for a held slot: a payment page from the provider (the same page when asked again).
    /// Paying confirms the booking through <see cref="PaymentSucceededAsync"/>.
    /// </summary>
    Task<Result<CheckoutLink>> StartCheckoutAsync(Guid actorId, string successUrl, string cancelUrl);

    /// <summary>
    /// The provider reports a completed payment (webhook or simulated page). Confirms a live hold; for a hold that
    /// lapsed meanwhile the money is refunded at once. Idempotent on the payment reference.
    /// </summary>
    Task<Result<AppointmentSummary>> PaymentSucceededAsync(PaymentReceipt receipt);

    /// <summary>
    /// The client confirms a held slot with a package credit ("package") or an included membership session
    /// ("membership") instead of paying. The credit goes back on a timely cancellation.
    /// </summary>
    Task<Result<AppointmentSummary>> RedeemAsync(Guid actorId, string source);

    /// <summary>What the client pays for a held slot now: the price less a member discount (null for others).</summary>
    Task<Money?> GetAmountDueAsync(Guid actorId);

    /// <summary>For the appointment's session grain only (never exposed over HTTP): the appointment as it stands.</summary>
    Task<AppointmentSummary?> DescribeAsync();

    /// <summary>
    /// Called by the session grain when a participant joins: the appointment is in session, and who attended is
    /// remembered for the outcome decided when the session closes. Idempotent.
    /// </summary>
    Task ParticipantJoinedAsync(Guid userId);
}
