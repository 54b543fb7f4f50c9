using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Payments;
using Counseling.GrainInterfaces.Shared;

namespace Counseling.UnitTests.Booking;

public sealed class AppointmentViewsTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid Client = Guid.NewGuid();
    private static readonly Guid Counselor = Guid.NewGuid();

    private static AppointmentSummary Appointment(AppointmentStatus status, TimeSpan startsIn, PaymentReceipt? payment = null) =>
        new(Guid.NewGuid(), Counselor, "Dr. Unit", Client, "Client", Now + startsIn, Now + startsIn + TimeSpan.FromMinutes(50), SessionModality.Chat,
            status, new Money(8000, "USD"), null, null, null, false, null, Now.AddDays(-7), "UTC", payment);

    [Fact]
    public void UpcomingIsWhatStillOccupiesTheCalendarAndHasNotEndedSoonestFirst()
    {
        var later = Appointment(AppointmentStatus.Confirmed, TimeSpan.FromDays(2));
        var held = Appointment(AppointmentStatus.Held, TimeSpan.FromDays(1));
        var running = Appointment(AppointmentStatus.InSession, TimeSpan.FromMinutes(-10)); // started, not over
        var over = Appointment(AppointmentStatus.Confirmed, TimeSpan.FromHours(-2)); // ended without being closed
        var cancelled = Appointment(AppointmentStatus.CancelledByClient, TimeSpan.FromDays(3));
        var completed = Appointment(AppointmentStatus.Completed, TimeSpan.FromDays(-1));
        AppointmentSummary[] all = [later, over, cancelled, held, completed, running];

        Assert.Equal([running, held, later], AppointmentViews.Upcoming(all, Now));
        Assert.Equal([cancelled, over, completed], AppointmentViews.Past(all, Now));
    }

    [Theory]
    [InlineData(AppointmentStatus.Confirmed, true, true)]
    [InlineData(AppointmentStatus.InSession, true, true)]
    [InlineData(AppointmentStatus.Completed, true, true)]
    [InlineData(AppointmentStatus.CancelledByClient, true, false)]
    [InlineData(AppointmentStatus.CancelledByCounselor, true, false)]
    [InlineData(AppointmentStatus.LateCancelled, true, false)]
    [InlineData(AppointmentStatus.Held, false, true)]
    [InlineData(AppointmentStatus.Expired, false, false)]
    [InlineData(AppointmentStatus.NoShowClient, false, false)]
    [InlineData(AppointmentStatus.NoShowCounselor, false, false)]
    [InlineData(AppointmentStatus.Rescheduled, false, false)]
    public void TheCalendarShowsEveryConfirmedBookingAndMarksTheCalledOffOnesCancelled(AppointmentStatus status, bool onCalendar, bool takesPlace)
    {
        Assert.Equal(onCalendar, status.IsOnCalendar());
        Assert.Equal(takesPlace, status.TakesPlace());
    }

    [Fact]
    public void AReceiptIsForTheClientOfABookingThatWasPaidOrPaidWithACredit()
    {
        var card = new PaymentReceipt(PaymentMethods.Simulated, "sim_1", new Money(8000, "USD"));
        var paid = Appointment(AppointmentStatus.Confirmed, TimeSpan.FromDays(1), card);
        var credit = Appointment(AppointmentStatus.Confirmed, TimeSpan.FromDays(1), card with { Method = PaymentMethods.Package });

        Assert.Equal(card, paid.ReceiptPaymentFor(Client));
        Assert.Equal(PaymentMethods.Package, credit.ReceiptPaymentFor(Client)?.Method);
        Assert.Null(paid.ReceiptPaymentFor(Counselor));
        Assert.Null(Appointment(AppointmentStatus.Held, TimeSpan.FromDays(1)).ReceiptPaymentFor(Client));
        Assert.Null(Appointment(AppointmentStatus.Confirmed, TimeSpan.FromDays(1), card with { Method = PaymentMethods.NotCharged }).ReceiptPaymentFor(Client));
    }

    [Fact]
    public void TheSimulatedProviderPaysTheAmountDueThenWhatWasPaidThenThePriceAndOnlyForTheClient()
    {
        var held = Appointment(AppointmentStatus.Held, TimeSpan.FromDays(1));
        var discounted = new Money(6400, "USD");
        var due = SimulatedPayments.ForAppointment(held, Client, discounted)!;
        Assert.Equal(new PaymentReceipt(PaymentMethods.Simulated, $"sim_{held.Id:N}", discounted), due);

        var booked = held with { Status = AppointmentStatus.Confirmed, Payment = due };
        Assert.Equal(due, SimulatedPayments.ForAppointment(booked, Client, null)); // the same payment again: acknowledged as a repeat
        Assert.Equal(held.Price, SimulatedPayments.ForAppointment(held with { Status = AppointmentStatus.Expired }, Client, null)!.Amount);
        Assert.Null(SimulatedPayments.ForAppointment(held, Counselor, discounted));
    }
}
