namespace Counseling.Grains.Accounting;

/// <summary>What the platform keeps and gives back, bound from the "Fees" section of the silo's configuration.</summary>
public sealed class FeeOptions
{
    public const string Section = "Fees";

    /// <summary>The platform's share of a session's price and of paid content sales, in percent; the rest accrues to the counselor.</summary>
    public decimal PlatformFeePercent { get; set; } = 15m;

    /// <summary>
    /// The part of a card payment returned when the client cancels inside the cancellation window, in percent
    /// (0: none, the default; 50: half). Credits from packages and memberships are used up either way.
    /// </summary>
    public decimal LateCancellationRefundPercent { get; set; }

    public FeePolicy Policy() => new(PlatformFeePercent, LateCancellationRefundPercent);

    public static bool IsValid(FeeOptions o) => o.PlatformFeePercent is >= 0 and <= 100 && o.LateCancellationRefundPercent is >= 0 and <= 100;
}
