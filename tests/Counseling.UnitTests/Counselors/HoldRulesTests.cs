using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Shared;
using Counseling.Grains.Counselors;

namespace Counseling.UnitTests.Counselors;

public sealed class HoldRulesTests
{
    private static readonly Guid Counselor = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Ten = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);

    private static readonly CounselorProfile Profile = new("Dr. Rivera", "", ["anxiety"], ["en"], [SessionModality.Video],
        new Money(9000, "USD"), [50], "UTC");

    private static readonly Availability NineToFive = new(
        [.. Enum.GetValues<DayOfWeek>().Select(d => new WeeklyWindow(d, new TimeOnly(9, 0), new TimeOnly(17, 0)))], [], [], 0, 0, 0, 60, 30);

    private static HoldRequest At(DateTimeOffset start, int minutes = 50, SessionModality modality = SessionModality.Video, Guid? client = null) =>
        new(client ?? Guid.NewGuid(), "Sam", start, minutes, modality);

    private static string? Code(HoldRequest request, IReadOnlyCollection<Slot>? busy = null, bool bookable = true) =>
        HoldRules.Check(request, Counselor, Profile, bookable, NineToFive, busy ?? [], Now)?.Code;

    [Fact]
    public void AFreeOfferedTimeCanBeHeld() => Assert.Null(Code(At(Ten)));

    [Fact]
    public void ATimeSomeoneElseHoldsIsTakenNotInvalid() =>
        Assert.Equal(ErrorCodes.SlotTaken, Code(At(Ten), busy: [new Slot(Ten, Ten.AddMinutes(50))]));

    [Theory]
    [InlineData(45, SessionModality.Video)]  // a length not offered
    [InlineData(50, SessionModality.Chat)]   // a modality not offered
    public void WhatTheCounselorDoesNotOfferIsAnInvalidSlot(int minutes, SessionModality modality) =>
        Assert.Equal(ErrorCodes.InvalidSlot, Code(At(Ten, minutes, modality)));

    [Fact]
    public void OutsideTheHoursInThePastOrWithYourselfIsAnInvalidSlot()
    {
        Assert.Equal(ErrorCodes.InvalidSlot, Code(At(Ten.AddHours(10))));
        Assert.Equal(ErrorCodes.InvalidSlot, Code(At(Now.AddMinutes(-30))));
        Assert.Equal(ErrorCodes.InvalidSlot, Code(At(Ten, client: Counselor)));
    }

    [Fact]
    public void AnUnverifiedCounselorTakesNoBookings() => Assert.Equal(ErrorCodes.NotBookable, Code(At(Ten), bookable: false));

    [Fact]
    public void AHeldAppointmentLapsesAfterTheHoldAndARescheduleKeepsItsPrice()
    {
        var held = HoldRules.NewAppointment(At(Ten), Counselor, Profile, Now, TimeSpan.FromMinutes(10));
        Assert.Equal((AppointmentStatus.Held, Now.AddMinutes(10), Profile.PricePerSession), (held.Status, held.HoldExpiresAt, held.Price));

        var paid = new PaymentReceipt(PaymentMethods.Stripe, "pi_1", new Money(8000, "USD"));
        var moved = HoldRules.NewAppointment(At(Ten) with { CarriedPayment = paid, CarriedPrice = new Money(8000, "USD"), ReschedulesAppointmentId = Guid.NewGuid() },
            Counselor, Profile, Now, TimeSpan.FromMinutes(10));
        Assert.Equal((AppointmentStatus.Confirmed, (DateTimeOffset?)null, 8000L), (moved.Status, moved.HoldExpiresAt, moved.Price.AmountMinor));
    }
}
