namespace Counseling.Grains;

/// <summary>
/// Reminders that fire once at an instant. Orleans reminders are periodic, so each gets a long period and its handler
/// unregisters it (or a duplicated tick finds nothing to do: every handler is idempotent).
/// </summary>
public static class OneShotReminders
{
    public static Task ScheduleOnceAsync(this Grain grain, string name, DateTimeOffset at, DateTimeOffset now, TimeSpan? period = null)
    {
        // Orleans refuses due times below its minimum reminder period: an earlier instant fires as soon as it allows.
        return grain.RegisterOrUpdateReminder(name, grain.AtLeastReminderMinimum(at - now), period ?? TimeSpan.FromHours(1));
    }

    public static async Task UnscheduleAsync(this Grain grain, string name)
    {
        if (await grain.GetReminder(name) is { } reminder)
        {
            await grain.UnregisterReminder(reminder);
        }
    }
}
