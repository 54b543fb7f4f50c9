using Counseling.GrainInterfaces.Crisis;

namespace Counseling.Grains.Crisis;

[GrainType("crisis-alert-index")]
public sealed class CrisisAlertIndexGrain(
    [PersistentState("crisis-alert-index", StorageNames.Main)] IPersistentState<CrisisAlertIndexState> state) : Grain, ICrisisAlertIndexGrain
{
    /// <summary>Resolved alerts kept for the console; older ones stay in their own grains.</summary>
    public const int ResolvedKept = 500;

    public async Task UpsertAsync(CrisisAlert alert)
    {
        var alerts = state.State.Alerts;
        var at = alerts.FindIndex(a => a.Id == alert.Id);
        if (at >= 0 && alerts[at] == alert)
        {
            return;
        }

        if (at >= 0)
        {
            alerts[at] = alert;
        }
        else
        {
            alerts.Add(alert);
        }

        var resolved = alerts.Where(a => a.Status == CrisisAlertStatus.Resolved).OrderByDescending(a => a.CreatedAt).Skip(ResolvedKept).Select(a => a.Id).ToHashSet();
        alerts.RemoveAll(a => resolved.Contains(a.Id));
        await state.WriteOrDeactivateAsync(this);
    }

    public Task<CrisisAlert[]> ListAsync(Guid? counselorId, bool openOnly) =>
        Task.FromResult(state.State.Alerts
            .Where(a => (counselorId is null || a.CounselorId == counselorId) && (!openOnly || a.Status != CrisisAlertStatus.Resolved))
            .OrderBy(a => a.Status == CrisisAlertStatus.Resolved).ThenByDescending(a => a.CreatedAt)
            .ToArray());
}
