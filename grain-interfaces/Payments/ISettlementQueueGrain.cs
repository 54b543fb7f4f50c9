namespace Counseling.GrainInterfaces.Payments;

/// <summary>Applications waiting for an operator, across counselors (single grain, key 0).</summary>
[Alias("Counseling.ISettlementQueueGrain")]
public interface ISettlementQueueGrain : IGrainWithIntegerKey
{
    Task SetPendingAsync(Guid counselorId, Guid applicationId, bool pending);

    Task<PendingSettlement[]> PendingAsync();
}
