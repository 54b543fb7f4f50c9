using Counseling.GrainInterfaces.Booking;

namespace Counseling.Grains.Booking;

/// <summary>
/// Registers and clears one appointment's durable reminders; <see cref="AppointmentSchedule"/> says which exist and
/// when each falls due. Kept apart so the grain reads as its state machine, not as reminder bookkeeping.
/// </summary>
public sealed class AppointmentReminders(Grain grain, DateTimeOffset now, TimeSpan grace)
{
    public Task HoldExpiryAsync(AppointmentSummary held) =>
        grain.ScheduleOnceAsync(AppointmentSchedule.HoldExpiry, held.HoldExpiresAt!.Value, now);

    public async Task BookedSessionAsync(AppointmentSummary booked)
    {
        foreach (var (name, at) in AppointmentSchedule.ForBookedSession(booked, now, grace))
        {
            await grain.ScheduleOnceAsync(name, at, now);
        }
    }

    public Task ClearAsync(string name) => grain.UnscheduleAsync(name);

    public async Task ClearAllAsync()
    {
        foreach (var name in AppointmentSchedule.All)
        {
            await grain.UnscheduleAsync(name);
        }
    }

    /// <summary>
    /// True when a reminder's work is due. Reminders can wake early; one that did is put back for the rest of its
    /// wait and answers false.
    /// </summary>
    public async Task<bool> IsDueAsync(string name, AppointmentSummary a)
    {
        var dueAt = AppointmentSchedule.DueAt(name, a, now, grace);
        if (now >= dueAt)
        {
            return true;
        }

        await grain.ScheduleOnceAsync(name, dueAt, now);
        return false;
    }
}
