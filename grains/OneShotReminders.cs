namespace Counseling.Grains;

/// <summary>
/// Reminders that fire once at an instant. Orleans reminders are periodic, so each gets a long period and its handler
/// unregisters it (or a duplicated tick finds nothing to do: every handler is idempotent).
/// </summary>
public static class OneShotReminders
{
    /// <summary>Orleans refuses due times below its minimum reminder period; earlier instants fire as soon as it allows.</summary>
    public static readonly TimeSpan MinimumDelay = TimeSpan.FromMinutes(1);

    public static Task ScheduleOnceAsync(this Grain grain, string name, DateTimeOffset at, DateTimeOffset now, TimeSpan? period = null)
    {
        var due = at - now;
        return grain.RegisterOrUpdateReminder(name, due < MinimumDelay ? MinimumDelay : due, period ?? TimeSpan.FromHours(1));
    }

    public static async Task UnscheduleAsync(this Grain grain, string name)
    {
        if (await grain.GetReminder(name) is { } reminder)
        {
            await grain.UnregisterReminder(reminder);
        }
    }
}
