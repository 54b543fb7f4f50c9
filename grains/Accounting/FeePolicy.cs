using Counseling.GrainInterfaces.Shared;

namespace Counseling.Grains.Accounting;

/// <summary>
/// The platform's cut and the late-cancellation refund, in percent. Every fee the platform takes (sessions, content
/// sales) is computed here, with the one rounding rule of <see cref="Money.Percent"/>.
/// </summary>
public sealed record FeePolicy(decimal PlatformFeePercent, decimal LateCancellationRefundPercent)
{
    /// <summary>The platform's fee on an amount the counselor earns on.</summary>
    public long FeeOn(long basisMinor) => Money.PercentOf(basisMinor, PlatformFeePercent);

    /// <summary>What a member pays for a session: the price less the member discount.</summary>
    public static Money MemberPrice(Money price, decimal discountPercent) =>
        discountPercent > 0 ? price - price.Percent(discountPercent) : price;
}
