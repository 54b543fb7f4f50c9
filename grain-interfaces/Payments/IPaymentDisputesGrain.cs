namespace Counseling.GrainInterfaces.Payments;

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
