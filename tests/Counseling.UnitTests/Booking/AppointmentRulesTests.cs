using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Shared;
using Counseling.Grains.Booking;

namespace Counseling.UnitTests.Booking;

public sealed class AppointmentRulesTests
{
    private static readonly Guid Client = Guid.NewGuid();
    private static readonly Guid Counselor = Guid.NewGuid();
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 15, 30, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromHours(24);

    private static AppointmentSummary With(AppointmentStatus status, DateTimeOffset? holdUntil = null) =>
        new(Guid.NewGuid(), Counselor, "Dr. Rivera", Client, "Sam", Start, Start.AddMinutes(50), SessionModality.Video, status,
            new Money(9000, "USD"), holdUntil, null, null, false, null, Start.AddDays(-7), "America/Chicago", null);

    [Fact]
    public void OnlyTheClientPaysAndOnlyWhileTheHoldLasts()
    {
        var held = With(AppointmentStatus.Held, Start.AddDays(-2));
        Assert.Null(AppointmentRules.CheckPayable(held, Client, Start.AddDays(-3), "paid for"));
        Assert.Equal(ErrorCodes.NotFound, AppointmentRules.CheckPayable(held, Counselor, Start.AddDays(-3), "paid for")?.Code);
        Assert.Equal(ErrorCodes.HoldExpired, AppointmentRules.CheckPayable(held, Client, Start.AddDays(-2), "paid for")?.Code);
        Assert.Equal(ErrorCodes.InvalidTransition, AppointmentRules.CheckPayable(With(AppointmentStatus.Completed), Client, Start, "paid for")?.Code);
    }

    [Theory]
    [InlineData(30, false, AppointmentStatus.CancelledByClient)]
    [InlineData(23, false, AppointmentStatus.LateCancelled)]
    [InlineData(2, true, AppointmentStatus.CancelledByCounselor)]
    public void ACancellationIsLateOnlyForTheClientInsideTheWindow(int hoursBefore, bool byCounselor, AppointmentStatus expected)
    {
        var a = With(AppointmentStatus.Confirmed);
        var now = Start.AddHours(-hoursBefore);
        var actor = byCounselor ? Counselor : Client;
        Assert.Null(AppointmentRules.CheckCancel(a, actor, null, now));
        Assert.Equal(expected, AppointmentRules.CancellationOutcome(a, actor, now, Window));
    }

    [Fact]
    public void AHeldSlotCancelledLateIsStillATimelyCancellation() =>
        Assert.Equal(AppointmentStatus.CancelledByClient, AppointmentRules.CancellationOutcome(With(AppointmentStatus.Held), Client, Start.AddHours(-1), Window));

    [Fact]
    public void NobodyCancelsAfterTheStartOrWithAnEssayForAReason()
    {
        var a = With(AppointmentStatus.Confirmed);
        Assert.Equal(ErrorCodes.InvalidTransition, AppointmentRules.CheckCancel(a, Client, null, Start)?.Code);
        var tooLong = AppointmentRules.CheckCancel(a, Client, new string('x', 501), Start.AddDays(-2));
        Assert.Equal(("validation", "reason"), (tooLong?.Code, tooLong?.Field));
        Assert.Equal(ErrorCodes.NotFound, AppointmentRules.CheckCancel(a, Guid.NewGuid(), null, Start.AddDays(-2))?.Code);
    }

    [Fact]
    public void ReschedulingClosesWithTheCancellationWindow()
    {
        var a = With(AppointmentStatus.Confirmed);
        Assert.Null(AppointmentRules.CheckReschedule(a, Client, Start.AddHours(-25), Window));
        Assert.Contains("24 hours", AppointmentRules.CheckReschedule(a, Client, Start.AddHours(-23), Window)!.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.NotFound, AppointmentRules.CheckReschedule(a, Counselor, Start.AddHours(-25), Window)?.Code);
    }

    [Theory]
    [InlineData(true, false, true)]   // counselor reports the client absent, but the client joined
    [InlineData(false, true, false)]  // client reports the counselor absent, but the counselor joined
    public void AParticipantWhoJoinedCannotBeReportedAbsent(bool clientJoined, bool counselorJoined, bool counselorReports)
    {
        var refused = AppointmentRules.CheckNoShow(With(AppointmentStatus.InSession), counselorReports ? Counselor : Client, Start.AddMinutes(10), clientJoined, counselorJoined);
        Assert.Equal(ErrorCodes.InvalidTransition, refused?.Code);
    }

    [Fact]
    public void AnAbsentParticipantCanBeReportedOnceTheSessionHasStarted()
    {
        var a = With(AppointmentStatus.Confirmed);
        Assert.Null(AppointmentRules.CheckNoShow(a, Counselor, Start.AddMinutes(10), clientJoined: false, counselorJoined: true));
        Assert.NotNull(AppointmentRules.CheckNoShow(a, Counselor, Start.AddMinutes(-1), clientJoined: false, counselorJoined: true));
    }

    [Fact]
    public void OnlyTheCounselorCompletesAndOnlyAfterTheStart()
    {
        var a = With(AppointmentStatus.InSession);
        Assert.Null(AppointmentRules.CheckComplete(a, Counselor, Start.AddMinutes(45), null));
        Assert.Equal(ErrorCodes.Forbidden, AppointmentRules.CheckComplete(a, Client, Start.AddMinutes(45), null)?.Code);
        Assert.Equal(ErrorCodes.InvalidTransition, AppointmentRules.CheckComplete(a, Counselor, Start.AddMinutes(-5), null)?.Code);
    }

    [Theory]
    [InlineData(true, true, AppointmentStatus.Completed)]
    [InlineData(false, true, AppointmentStatus.NoShowClient)]
    [InlineData(true, false, AppointmentStatus.NoShowCounselor)]
    [InlineData(false, false, AppointmentStatus.NoShowCounselor)]
    public void WhenTheRoomClosesTheCounselorsAttendanceDecidesFirst(bool clientJoined, bool counselorJoined, AppointmentStatus expected) =>
        Assert.Equal(expected, AppointmentRules.ClosingOutcome(clientJoined, counselorJoined));

    [Fact]
    public void APaymentConfirmsOnlyAHeldSlotAndThePageOpensOnlyWhileTheHoldLasts()
    {
        var held = With(AppointmentStatus.Held, Start.AddDays(-2));
        Assert.Null(AppointmentRules.CheckConfirm(held));
        Assert.Equal(ErrorCodes.HoldExpired, AppointmentRules.CheckConfirm(With(AppointmentStatus.Expired))?.Code);
        Assert.Equal(ErrorCodes.InvalidTransition, AppointmentRules.CheckConfirm(With(AppointmentStatus.Completed))?.Code);

        Assert.Null(AppointmentRules.CheckCheckout(held, Start.AddDays(-3)));
        Assert.Equal(ErrorCodes.HoldExpired, AppointmentRules.CheckCheckout(held, Start.AddDays(-2))?.Code);
        Assert.Equal(ErrorCodes.InvalidTransition, AppointmentRules.CheckCheckout(With(AppointmentStatus.Confirmed), Start.AddDays(-3))?.Code);
    }

    [Fact]
    public void AJoinIsNewsOnlyTheFirstTimeAndOnlyForAParticipant()
    {
        var a = With(AppointmentStatus.Confirmed);
        var state = new AppointmentState();
        Assert.False(state.RecordJoin(a, Guid.NewGuid()));
        Assert.True(state.RecordJoin(a, Client));
        Assert.False(state.RecordJoin(a, Client));
        Assert.True(state.RecordJoin(a, Counselor));
        Assert.False(state.RecordJoin(a, Counselor));
        Assert.True(state.ClientJoined && state.CounselorJoined);
    }

    [Fact]
    public void CompletingWellBeforeTheEndNeedsAReason()
    {
        var a = With(AppointmentStatus.InSession);
        Assert.Equal("reason", AppointmentRules.CheckComplete(a, Counselor, Start.AddSeconds(18), null)?.Field);
        Assert.Equal("reason", AppointmentRules.CheckComplete(a, Counselor, Start.AddMinutes(20), "  ")?.Field);
        Assert.Null(AppointmentRules.CheckComplete(a, Counselor, Start.AddMinutes(20), "The client felt unwell."));
        Assert.Null(AppointmentRules.CheckComplete(a, Counselor, a.End.AddMinutes(-10), null));
        Assert.Equal(ErrorCodes.Forbidden, AppointmentRules.CheckComplete(a, Client, Start.AddMinutes(45), null)?.Code);
        Assert.Equal(ErrorCodes.InvalidTransition, AppointmentRules.CheckComplete(With(AppointmentStatus.Confirmed), Counselor, Start.AddMinutes(-1), null)?.Code);
    }

    [Fact]
    public void ACancellationQuoteSaysWhatIsRefundedAndKeptInMoney()
    {
        var fees = new Counseling.Grains.Accounting.FeeOptions { PlatformFeePercent = 15, LateCancellationRefundPercent = 50 }.Policy();
        var paid = With(AppointmentStatus.Confirmed) with { Payment = new PaymentReceipt(PaymentMethods.Simulated, "sim_1", new Money(9000, "USD")) };

        var timely = CancellationQuotes.Quote(paid, Client, Start.AddHours(-30), Window, fees);
        Assert.Equal((AppointmentStatus.CancelledByClient, false, 9000L, 0L, "card"), (timely.Outcome, timely.Late, timely.Refund.AmountMinor, timely.Kept.AmountMinor, timely.RefundTo));
        Assert.Equal(Start - Window, timely.FreeUntil);

        var late = CancellationQuotes.Quote(paid, Client, Start.AddHours(-2), Window, fees);
        Assert.Equal((AppointmentStatus.LateCancelled, true, 4500L, 4500L, "card"), (late.Outcome, late.Late, late.Refund.AmountMinor, late.Kept.AmountMinor, late.RefundTo));

        var byCounselor = CancellationQuotes.Quote(paid, Counselor, Start.AddHours(-2), Window, fees);
        Assert.Equal((AppointmentStatus.CancelledByCounselor, 9000L), (byCounselor.Outcome, byCounselor.Refund.AmountMinor));

        var credit = paid with { Payment = new PaymentReceipt(PaymentMethods.Package, "credit_1", new Money(7000, "USD")) };
        var lateCredit = CancellationQuotes.Quote(credit, Client, Start.AddHours(-2), Window, fees);
        Assert.Equal((0L, 7000L, "none", "credit"), (lateCredit.Refund.AmountMinor, lateCredit.Kept.AmountMinor, lateCredit.RefundTo, lateCredit.PaidWith));
        Assert.Equal("credit", CancellationQuotes.Quote(credit, Client, Start.AddHours(-30), Window, fees).RefundTo);

        var unpaid = CancellationQuotes.Quote(With(AppointmentStatus.Held, Start.AddDays(-2)), Client, Start.AddHours(-2), Window, fees);
        Assert.Equal((0L, "none"), (unpaid.Paid.AmountMinor, unpaid.RefundTo));
    }
}
