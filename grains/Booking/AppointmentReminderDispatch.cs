using Counseling.GrainInterfaces.Booking;

namespace Counseling.Grains.Booking;

/// <summary>
/// What each of an appointment's reminders does when it falls due (<see cref="AppointmentSchedule"/>), if the
/// appointment is still in the status it was set for: a hold lapses, a session's room closes, a coming-up notice goes
/// out once. Orleans reminders repeat, so whatever it did, the reminder is then cleared (<see cref="OneShotReminders"/>).
/// Expiring a hold and closing a room are the grain's and <see cref="AppointmentAttendance"/>'s steps, handed in as
/// <c>expire</c> and <c>close</c>.
/// </summary>
public sealed class AppointmentReminderDispatch(
    IPersistentState<AppointmentState> state,
    AppointmentReminders reminders,
    AppointmentNotices notices,
    Func<Task> expire,
    Func<AppointmentSummary, Task> close)
{
    /// <summary>
    /// Handles one reminder tick. <paramref name="a"/> is null when the appointment was never created; the reminder is
    /// then only cleared.
    /// </summary>
    public async Task ReceiveAsync(string reminderName, AppointmentSummary? a)
    {
        if (a is not null && !await reminders.IsDueAsync(reminderName, a))
        {
            return;
        }

        switch (reminderName)
        {
            case AppointmentSchedule.HoldExpiry when a?.Status == AppointmentStatus.Held:
                await expire();
                break;
            case AppointmentSchedule.SessionClose when a?.Status is AppointmentStatus.Confirmed or AppointmentStatus.InSession:
                await close(a);
                break;
            case AppointmentSchedule.DayBefore or AppointmentSchedule.HourBefore when a?.Status == AppointmentStatus.Confirmed && state.State.RemindersSent.Add(reminderName):
                await state.WriteStateAsync();
                await notices.ComingUpAsync(a, reminderName, dayBefore: reminderName == AppointmentSchedule.DayBefore);
                break;
        }

        await reminders.ClearAsync(reminderName);
    }
}
