using Counseling.GrainInterfaces.Counselors;

namespace Counseling.Grains.Counselors;

/// <summary>
/// Entries are written by counselors when their profile, credential or hours change. Next-free-slot times move
/// with every booking and with the clock, so they are kept in memory and refreshed from the counselor when stale.
/// </summary>
[GrainType("counselor-directory")]
public sealed class CounselorDirectoryGrain(
    [PersistentState("directory", StorageNames.Main)] IPersistentState<CounselorDirectoryState> state,
    TimeProvider clock) : Grain, ICounselorDirectoryGrain
{
    public const int MaxResults = 100;

    private readonly Dictionary<Guid, DateTimeOffset?> _nextFree = [];

    public async Task PublishAsync(Guid counselorId, DirectoryEntry? entry)
    {
        if (entry is null)
        {
            _nextFree.Remove(counselorId);
            if (state.State.Entries.Remove(counselorId))
            {
                await state.WriteStateAsync();
            }

            return;
        }

        _nextFree[counselorId] = entry.NextFreeSlot;
        state.State.Entries[counselorId] = entry with { NextFreeSlot = null };
        await state.WriteStateAsync();
    }

    public Task UpdateNextFreeSlotAsync(Guid counselorId, DateTimeOffset? nextFreeSlot)
    {
        if (state.State.Entries.ContainsKey(counselorId))
        {
            _nextFree[counselorId] = nextFreeSlot;
        }

        return Task.CompletedTask;
    }

    public async Task<DirectoryEntry[]> SearchAsync(DirectoryQuery query)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var matches = state.State.Entries.Values.Where(e =>
                e.CredentialExpiresOn >= today &&
                (query.Specialty is null || e.Profile.Specialties.Contains(query.Specialty)) &&
                (query.Language is null || e.Profile.Languages.Any(l => l.Equals(query.Language, StringComparison.OrdinalIgnoreCase) || l.StartsWith(query.Language + "-", StringComparison.OrdinalIgnoreCase))) &&
                (query.Modality is null || e.Profile.Modalities.Contains(query.Modality.Value)) &&
                (query.MinPriceMinor is null || e.Profile.PricePerSession.AmountMinor >= query.MinPriceMinor) &&
                (query.MaxPriceMinor is null || e.Profile.PricePerSession.AmountMinor <= query.MaxPriceMinor) &&
                (query.Jurisdiction is null || e.Jurisdiction.Equals(query.Jurisdiction, StringComparison.OrdinalIgnoreCase)))
            .ToList();

        // A remembered next slot that has passed (or was never known) is asked for again.
        var stale = matches.Where(e => !_nextFree.TryGetValue(e.CounselorId, out var next) || next is null || next <= now).ToList();
        var refreshed = await Task.WhenAll(stale.Select(async e =>
            (e.CounselorId, Next: await GrainFactory.GetGrain<ICounselorGrain>(e.CounselorId).GetNextFreeSlotAsync())));
        foreach (var (id, next) in refreshed)
        {
            _nextFree[id] = next;
        }

        var horizon = query.AvailableWithinDays is { } days ? now.AddDays(days) : (DateTimeOffset?)null;
        return [.. matches
            .Select(e => e with { NextFreeSlot = _nextFree.GetValueOrDefault(e.CounselorId) })
            .Where(e => horizon is null || (e.NextFreeSlot is { } next && next <= horizon))
            .OrderBy(e => e.NextFreeSlot ?? DateTimeOffset.MaxValue)
            .ThenBy(e => e.Profile.DisplayName, StringComparer.OrdinalIgnoreCase)
            .Take(Math.Clamp(query.Limit, 1, MaxResults))];
    }

    public Task<DirectoryEntry[]> ListCurrentAsync()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return Task.FromResult(state.State.Entries.Values.Where(e => e.CredentialExpiresOn >= today).ToArray());
    }

    public Task<Guid[]> PendingVerificationsAsync() => Task.FromResult(state.State.Pending.ToArray());

    public async Task SetPendingAsync(Guid counselorId, bool pending)
    {
        var changed = pending
            ? !state.State.Pending.Contains(counselorId) && Add(counselorId)
            : state.State.Pending.Remove(counselorId);
        if (changed)
        {
            await state.WriteStateAsync();
        }
    }

    private bool Add(Guid counselorId)
    {
        state.State.Pending.Add(counselorId);
        return true;
    }
}
