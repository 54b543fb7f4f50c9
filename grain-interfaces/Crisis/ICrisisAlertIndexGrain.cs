namespace Counseling.GrainInterfaces.Crisis;

/// <summary>
/// Every crisis alert's latest state, for the operators' console and each counselor's list (key 0). Alerts are rare,
/// so one index is enough; each alert grain keeps it current.
/// </summary>
[Alias("Counseling.ICrisisAlertIndexGrain")]
public interface ICrisisAlertIndexGrain : IGrainWithIntegerKey
{
    /// <summary>Records the alert's latest state. Idempotent.</summary>
    Task UpsertAsync(CrisisAlert alert);

    /// <summary>Newest first; only the given counselor's clients' alerts when one is given.</summary>
    Task<CrisisAlert[]> ListAsync(Guid? counselorId, bool openOnly);
}
