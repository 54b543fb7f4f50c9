using Counseling.GrainInterfaces.Shared;

namespace Counseling.GrainInterfaces.Purchases;

/// <summary>
/// A client's session credits from packages, keyed by the client's user id. Redeeming takes a credit for one
/// appointment (idempotent per appointment); giving it back returns the same credit and its value.
/// </summary>
[Alias("Counseling.IClientCreditsGrain")]
public interface IClientCreditsGrain : IGrainWithGuidKey
{
    Task<CreditPackage[]> GetPackagesAsync();

    /// <summary>Adds a paid package. Idempotent per purchase.</summary>
    Task AddPackageAsync(Guid purchaseId, PackageOffer terms);

    /// <summary>Uses one credit (the package expiring soonest that fits) for an appointment with this counselor and length.</summary>
    Task<Result<PaymentReceipt>> RedeemAsync(Guid appointmentId, Guid counselorId, int sessionMinutes);

    /// <summary>Returns the credit of a redemption (a timely cancellation). Idempotent per receipt reference.</summary>
    Task ReturnAsync(string receiptReference);
}
