using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Shared;
using Counseling.Grains.Payments;

namespace Counseling.Grains.Booking;

/// <summary>
/// The client's side of paying for a held slot: the amount due, fixed at the first look so that a membership
/// starting or ending later does not change a page already shown; the provider's payment page, reused while it can
/// still be paid; and whether a reported payment is the one that was asked for.
/// </summary>
public sealed class AppointmentCheckout(IPersistentState<AppointmentState> state, IPaymentGateway gateway, AppointmentMoney money, DateTimeOffset now)
{
    public async Task<Money> AmountDueAsync(AppointmentSummary a)
    {
        if (state.State.AmountDue is null)
        {
            state.State.AmountDue = await money.AmountDueAsync(a);
            await state.WriteStateAsync();
        }

        return state.State.AmountDue;
    }

    public async Task<CheckoutLink> OpenAsync(AppointmentSummary a, string successUrl, string cancelUrl)
    {
        var due = await AmountDueAsync(a);
        var checkout = await gateway.OpenCheckoutAsync(a.Id, state.State.Checkout, now, expiresAt =>
            new CheckoutRequest(CheckoutOrderKind.Appointment, a.Id, a.ClientId, due, $"Counseling session with {a.CounselorName}, {AppointmentNotices.Label(a)}", successUrl, cancelUrl, expiresAt));
        if (checkout != state.State.Checkout)
        {
            state.State.Checkout = checkout;
            await state.WriteStateAsync();
        }

        return new CheckoutLink(checkout.Page.Url, due);
    }

    /// <summary>A payment of another amount or currency (tampered or misrouted) never books the session.</summary>
    public bool IsWhatWasAsked(AppointmentSummary a, PaymentReceipt receipt) => receipt.Amount == (state.State.AmountDue ?? a.Price);
}
