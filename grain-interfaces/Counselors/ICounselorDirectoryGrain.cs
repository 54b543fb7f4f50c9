namespace Counseling.GrainInterfaces.Counselors;

/// <summary>
/// The public directory of bookable counselors (a single grain, key 0). Counselors push their entry whenever it
/// changes; the directory filters, refreshes stale next-free-slot times and sorts.
/// </summary>
[Alias("Counseling.ICounselorDirectoryGrain")]
public interface ICounselorDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>Adds or replaces a counselor's entry; null removes it (no longer bookable). Idempotent.</summary>
    Task PublishAsync(Guid counselorId, DirectoryEntry? entry);

    /// <summary>A counselor's earliest free slot changed (kept in memory: it is refreshed on demand anyway).</summary>
    [Orleans.Concurrency.OneWay]
    Task UpdateNextFreeSlotAsync(Guid counselorId, DateTimeOffset? nextFreeSlot);

    Task<DirectoryEntry[]> SearchAsync(DirectoryQuery query);

    /// <summary>
    /// Every listed counselor whose credential is current, in no order and without next-free-slot times: for callers
    /// that apply rules of their own and read the counselors' slots themselves (matching).
    /// </summary>
    Task<DirectoryEntry[]> ListCurrentAsync();

    /// <summary>Counselors whose credential awaits an operator, oldest first.</summary>
    Task<Guid[]> PendingVerificationsAsync();

    /// <summary>Marks a counselor as waiting for verification (or not). Idempotent.</summary>
    Task SetPendingAsync(Guid counselorId, bool pending);
}
