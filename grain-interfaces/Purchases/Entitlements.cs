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

/// <summary>
/// What paid content a user may open, keyed by the user's id. The content module asks here before serving
/// anything paid; purchases grant (idempotently, per purchase).
/// </summary>
[Alias("Counseling.IEntitlementsGrain")]
public interface IEntitlementsGrain : IGrainWithGuidKey
{
    Task GrantAsync(Entitlement entitlement);

    Task<Entitlement?> FindAsync(Guid contentId);

    Task<Entitlement[]> ListAsync();
}
