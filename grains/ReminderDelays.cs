using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Counseling.Grains;

public static class ReminderDelays
{
    /// <summary>
    /// The shortest due time a grain asks for: Orleans' minimum reminder period, one minute unless the silo lowers
    /// it. A moment already past (a late registration, a retry) still needs a positive due time, and using Orleans'
    /// own floor keeps production at its minute while a test cluster that lowers the floor sees reminders fire soon.
    /// </summary>
    public static TimeSpan ReminderMinimum(this IGrainBase grain) =>
        grain.GrainContext.ActivationServices.GetService<IOptions<ReminderOptions>>()?.Value.MinimumReminderPeriod ?? TimeSpan.FromMinutes(1);

    /// <summary>The due time, or the minimum when it is shorter (or already past).</summary>
    public static TimeSpan AtLeastReminderMinimum(this IGrainBase grain, TimeSpan due)
    {
        var minimum = grain.ReminderMinimum();
        return due < minimum ? minimum : due;
    }
}
