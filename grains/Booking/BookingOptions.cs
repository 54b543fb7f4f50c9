namespace Counseling.Grains.Booking;

/// <summary>How booking works, bound from the "Booking" section of the silo's configuration.</summary>
public sealed class BookingOptions
{
    public const string Section = "Booking";

    /// <summary>How long a slot stays reserved while the client pays.</summary>
    public TimeSpan HoldDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A client cancelling closer than this to the start keeps the fee (late cancellation); rescheduling closes too.</summary>
    public TimeSpan CancellationWindow { get; set; } = TimeSpan.FromHours(24);
}
