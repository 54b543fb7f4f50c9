using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Counselors;

namespace Counseling.GrainInterfaces.Purchases;

/// <summary>One bought package as its owner sees it.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.CreditPackage")]
public sealed record CreditPackage(
    [property: Id(0)] Guid PurchaseId,
    [property: Id(1)] Guid CounselorId,
    [property: Id(2)] string CounselorName,
    [property: Id(3)] string Name,
    [property: Id(4)] int SessionMinutes,
    [property: Id(5)] int Sessions,
    [property: Id(6)] int Remaining,
    [property: Id(7)] Money RemainingValue,
    [property: Id(8)] DateTimeOffset ExpiresAt,
    [property: Id(9)] bool Expired);

/// <summary>A redeemed credit or membership session, or why none could be used.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.RedemptionResult")]
public sealed record RedemptionResult(
    [property: Id(0)] PaymentReceipt? Receipt,
    [property: Id(1)] string? Error,
    [property: Id(2)] string? Detail)
{
    public static RedemptionResult Ok(PaymentReceipt receipt) => new(receipt, null, null);

    public static RedemptionResult Fail(string error, string detail) => new(null, error, detail);
}

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
    Task<RedemptionResult> RedeemAsync(Guid appointmentId, Guid counselorId, int sessionMinutes);

    /// <summary>Returns the credit of a redemption (a timely cancellation). Idempotent per receipt reference.</summary>
    Task ReturnAsync(string receiptReference);
}
