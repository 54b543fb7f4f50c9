using Counseling.GrainInterfaces.Shared;

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
