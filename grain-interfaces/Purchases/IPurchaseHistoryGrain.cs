namespace Counseling.GrainInterfaces.Purchases;

/// <summary>A client's orders, newest first (an index for the wallet page).</summary>
[Alias("Counseling.IPurchaseHistoryGrain")]
public interface IPurchaseHistoryGrain : IGrainWithGuidKey
{
    Task AddAsync(Guid purchaseId);

    Task<Guid[]> GetAsync();
}
