using Counseling.GrainInterfaces.Booking;

namespace Counseling.Grains.Booking;

/// <summary>
/// Who entered the session room, and what that makes of the appointment when the room closes by itself
/// (<see cref="AppointmentRules.ClosingOutcome"/>). The room's record is what a no-show report is checked against, so
/// it is kept even when nothing else changes. Storing the appointment and settling it stay with the grain, which hands
/// in <c>save</c> and <c>finish</c>.
/// </summary>
public sealed class AppointmentAttendance(IPersistentState<AppointmentState> state, AppointmentNotices notices)
{
    /// <summary>
    /// The first participant to enter a confirmed session starts it; a later entry is only recorded. Anyone else, or
    /// an appointment never created, records nothing.
    /// </summary>
    public async Task JoinedAsync(AppointmentSummary? a, Guid userId, Func<AppointmentSummary, Task> save)
    {
        if (a is null || !AppointmentRules.IsParticipant(a, userId))
        {
            return;
        }

        var changed = state.State.RecordJoin(a, userId);
        if (a.Status == AppointmentStatus.Confirmed)
        {
            await save(a with { Status = AppointmentStatus.InSession });
        }
        else if (changed)
        {
            await state.WriteStateAsync();
        }
    }

    /// <summary>The room has closed: attendance decides the outcome, and unless both came, both are told it.</summary>
    public async Task CloseAsync(AppointmentSummary a, Func<AppointmentSummary, Task> finish)
    {
        var outcome = AppointmentRules.ClosingOutcome(state.State.ClientJoined, state.State.CounselorJoined);
        await finish(a with { Status = outcome, ClientCredited = outcome == AppointmentStatus.NoShowCounselor });
        if (outcome != AppointmentStatus.Completed)
        {
            await notices.ClosedWithoutAsync(a, outcome);
        }
    }
}
