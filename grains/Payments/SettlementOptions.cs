namespace Counseling.Grains.Payments;

/// <summary>The settlement cycle, bound from the "Settlement" section of the silo's configuration.</summary>
public sealed class SettlementOptions
{
    public const string Section = "Settlement";

    /// <summary>
    /// The IANA time zone whose calendar the cycle follows: it runs at the start of the 1st and the 16th of each
    /// month there.
    /// </summary>
    public string TimeZone { get; set; } = "UTC";
}
