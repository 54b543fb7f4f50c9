using Counseling.Grains.Accounting;

namespace Counseling.Grains.Booking;

/// <summary>Booking policy, bound from the "Booking" section of the silo's configuration.</summary>
public sealed class BookingOptions
{
    public const string Section = "Booking";

    /// <summary>How long a slot stays reserved while the client pays.</summary>
    public TimeSpan HoldDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A client cancelling closer than this to the start keeps the fee (late cancellation); rescheduling closes too.</summary>
    public TimeSpan CancellationWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How early before the start the session room opens.</summary>
    public TimeSpan SessionOpensBefore { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long after the scheduled end the room stays open; then the session ends itself.</summary>
    public TimeSpan SessionGrace { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>When participants are warned that the session is about to end.</summary>
    public TimeSpan EndingSoonWarning { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The part of a card payment returned when the client cancels inside the cancellation window, in percent
    /// (0: none, the default; 50: half). Credits from packages and memberships are used up either way.
    /// </summary>
    public decimal LateCancellationRefundPercent { get; set; }

    /// <summary>The platform's share of a session's price, in percent; the rest accrues to the counselor.</summary>
    public decimal PlatformFeePercent { get; set; } = 15m;

    public FeePolicy Fees() => new(PlatformFeePercent, LateCancellationRefundPercent);

    /// <summary>Chat flood control per sender: a burst, then a steady rate.</summary>
    public int MessageBurst { get; set; } = 20;

    public int MessagesPerSecond { get; set; } = 5;
}
