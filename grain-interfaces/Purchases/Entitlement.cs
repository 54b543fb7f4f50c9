namespace Counseling.GrainInterfaces.Purchases;

/// <summary>The right to one piece of paid content, granted by a purchase.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.Entitlement")]
public sealed record Entitlement(
    [property: Id(0)] Guid ContentId,
    [property: Id(1)] ContentKind Kind,
    [property: Id(2)] string Title,
    [property: Id(3)] Guid CounselorId,
    [property: Id(4)] string CounselorName,
    [property: Id(5)] Guid PurchaseId,
    [property: Id(6)] DateTimeOffset GrantedAt);
