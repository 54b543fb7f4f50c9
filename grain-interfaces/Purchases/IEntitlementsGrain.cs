namespace Counseling.GrainInterfaces.Purchases;

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
