using Counseling.GrainInterfaces.Counselors;

namespace Counseling.GrainInterfaces.Payments;

/// <summary>A chargeback as operators see it: the latest provider status, and who reviewed it.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.PaymentDispute")]
public sealed record PaymentDispute(
    [property: Id(0)] string DisputeId,
    [property: Id(1)] string? PaymentReference,
    [property: Id(2)] Guid? OrderId,
    [property: Id(3)] Money Amount,
    [property: Id(4)] string? Reason,
    [property: Id(5)] string LastEvent,
    [property: Id(6)] DateTimeOffset UpdatedAt,
    [property: Id(7)] Guid? ReviewedBy,
    [property: Id(8)] string? ReviewNote);

/// <summary>
/// The platform's open and reviewed payment disputes (a single grain: disputes are rare). Provider events update
/// an entry by dispute id; an operator marks it reviewed with a note once the evidence is submitted.
/// </summary>
[Alias("Counseling.IPaymentDisputesGrain")]
public interface IPaymentDisputesGrain : IGrainWithIntegerKey
{
    Task RecordAsync(PaymentDispute dispute);

    Task<PaymentDispute[]> GetAsync();

    /// <summary>False when there is no such dispute.</summary>
    Task<bool> ReviewAsync(string disputeId, Guid operatorId, string note);
}
