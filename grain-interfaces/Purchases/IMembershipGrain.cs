using Counseling.GrainInterfaces.Shared;

namespace Counseling.GrainInterfaces.Purchases;

/// <summary>
/// A client's membership, keyed by the client's user id: at most one at a time. Cycles are 30 days; a durable
/// reminder renews at the end of each (charging the card saved at the first payment) unless it was cancelled.
/// </summary>
[Alias("Counseling.IMembershipGrain")]
public interface IMembershipGrain : IGrainWithGuidKey
{
    Task<MembershipView> GetAsync();

    /// <summary>Starts the membership bought by a purchase. False when another membership is running (the caller refunds).</summary>
    Task<bool> ActivateAsync(Guid purchaseId, MembershipPlan plan, PaymentReceipt payment);

    /// <summary>Pauses for whole days (at most 7 per cycle in all); the cycle is lengthened by the pause.</summary>
    Task<Result<MembershipView>> PauseAsync(int days);

    /// <summary>Ends a pause early; the unused pause days go back to the cycle's allowance.</summary>
    Task<Result<MembershipView>> ResumeAsync();

    /// <summary>Stops renewal: the membership runs to the end of the paid cycle, then ends.</summary>
    Task<Result<MembershipView>> CancelAsync();

    /// <summary>Undoes a cancellation before the cycle ends.</summary>
    Task<Result<MembershipView>> KeepAsync();

    /// <summary>What the membership offers right now (nothing while paused, past due or ended).</summary>
    Task<MembershipBenefits?> GetBenefitsAsync();

    /// <summary>Uses an included session for an appointment (idempotent per appointment).</summary>
    Task<Result<PaymentReceipt>> UseIncludedSessionAsync(Guid appointmentId, Money sessionPrice);

    /// <summary>Gives back an included session after a timely cancellation, if its cycle is still running.</summary>
    Task ReturnIncludedSessionAsync(string receiptReference);
}
