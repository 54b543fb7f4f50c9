using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Purchases;
using Counseling.GrainInterfaces.Shared;

namespace Counseling.GrainInterfaces.Payments;

/// <summary>
/// What the simulated provider pays when a client presses "pay": one receipt per order, so pressing twice is one payment,
/// and the amount the real provider would have taken. Whatever it cannot be used for, the grain answers as it would a real payment.
/// </summary>
public static class SimulatedPayments
{
    /// <summary>
    /// The client's payment for an appointment (null for anyone else). A held slot is paid at the amount due, a member
    /// discount included; a booked one again at what was paid (acknowledged as a repeat); a lapsed hold at its price (refunded).
    /// </summary>
    public static PaymentReceipt? ForAppointment(AppointmentSummary appointment, Guid payer, Money? amountDue) =>
        appointment.ClientId == payer
            ? new PaymentReceipt(PaymentMethods.Simulated, $"sim_{appointment.Id:N}", amountDue ?? appointment.Payment?.Amount ?? appointment.Price)
            : null;

    /// <summary>An order is paid at its price.</summary>
    public static PaymentReceipt ForPurchase(PurchaseSummary purchase) =>
        new(PaymentMethods.Simulated, $"sim_{purchase.Order.Id:N}", purchase.Order.Price);
}
