using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Shared;
using Counseling.Grains.Accounting;

namespace Counseling.UnitTests.Accounting;

public sealed class SessionSplitTests
{
    private static readonly Money Price = new(10_000, "USD");
    private static readonly FeePolicy Fifteen = new(15, 0);

    [Fact]
    public void ACompletedCardSessionPaysTheCounselorThePriceLessTheFee()
    {
        var split = SessionSplit.FeeKept(AppointmentStatus.Completed, new(PaymentMethods.Stripe, "pi_1", Price), Price, Fifteen);
        Assert.Equal(new SessionSplit(10_000, 0, 8_500, 1_500, 0, 0), split);
    }

    [Fact]
    public void AMemberDiscountIsBorneByTheMembershipPoolNotByTheCounselor()
    {
        var paid = FeePolicy.MemberPrice(Price, 20);
        var split = SessionSplit.FeeKept(AppointmentStatus.Completed, new(PaymentMethods.Stripe, "pi_1", paid), Price, Fifteen);
        Assert.Equal(8_000, split.Paid);
        Assert.Equal(8_500, split.CounselorShare);
        Assert.Equal(1_500, split.PlatformFee);
        Assert.Equal(2_000, split.MemberDiscount);
    }

    [Fact]
    public void APackageSessionEarnsWhatTheClientPaidForTheCredit()
    {
        var credit = new Money(7_000, "USD");
        var split = SessionSplit.FeeKept(AppointmentStatus.NoShowClient, new(PaymentMethods.Package, "credit_1", credit), Price, Fifteen);
        Assert.Equal(new SessionSplit(7_000, 0, 5_950, 1_050, 0, 0), split);
    }

    [Fact]
    public void ALateCancellationByCardGivesThePolicysShareBackFromBothSides()
    {
        var split = SessionSplit.FeeKept(AppointmentStatus.LateCancelled, new(PaymentMethods.Stripe, "pi_1", Price), Price, new FeePolicy(15, 50));
        Assert.Equal(new SessionSplit(10_000, 5_000, 4_250, 750, 0, 50), split);
    }

    [Fact]
    public void ALateCancellationOfACreditUsesTheCreditUp()
    {
        var split = SessionSplit.FeeKept(AppointmentStatus.LateCancelled, new(PaymentMethods.Package, "credit_1", Price), Price, new FeePolicy(15, 50));
        Assert.Equal(0, split.Refunded);
        Assert.Equal(8_500, split.CounselorShare);
    }

    [Theory]
    [InlineData(AppointmentStatus.Completed, true)]
    [InlineData(AppointmentStatus.NoShowClient, true)]
    [InlineData(AppointmentStatus.LateCancelled, true)]
    [InlineData(AppointmentStatus.CancelledByClient, false)]
    [InlineData(AppointmentStatus.CancelledByCounselor, false)]
    [InlineData(AppointmentStatus.NoShowCounselor, false)]
    public void TheFeeIsKeptOnlyWhenTheSessionTookPlaceOrTheClientWithdrewLate(AppointmentStatus status, bool kept) =>
        Assert.Equal(kept, SessionSplit.KeepsFee(status));
}
