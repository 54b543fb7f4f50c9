using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Shared;
using Counseling.Grains.Payments;
using Microsoft.Extensions.Logging;

namespace Counseling.Grains.Booking;

/// <summary>
/// The client's side of paying for a held slot: the amount due, fixed at the first look so that a membership
/// starting or ending later does not change a page already shown; the provider's payment page, reused while it can
/// still be paid; payments that cannot be used, given back; and credits redeemed instead of paying. Confirming the
/// booking itself stays with the appointment, which hands in <c>confirm</c>.
/// </summary>
public sealed class AppointmentCheckout(
    IPersistentState<AppointmentState> state,
    IPaymentGateway gateway,
    AppointmentMoney money,
    AppointmentNotices notices,
    ILogger logger,
    DateTimeOffset now)
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

    /// <summary>
    /// A payment of another amount or currency than was asked (tampered or misrouted) never books the session: it is
    /// returned, and the refusal comes back. Null for the payment that was asked for.
    /// </summary>
    public async Task<DomainError?> RefuseMismatchAsync(AppointmentSummary a, PaymentReceipt receipt)
    {
        if (receipt.Amount == (state.State.AmountDue ?? a.Price))
        {
            return null;
        }

        logger.LogWarning("Payment {Reference} of {Paid} does not match the price {Price} of appointment {AppointmentId}", receipt.Reference, receipt.Amount, a.Price, a.Id);
        await money.ReturnMismatchedAsync(a, receipt);
        return new DomainError(ErrorCodes.PaymentMismatch, "The payment does not match the session's price and currency; it has been returned.");
    }

    /// <summary>A right payment that came too late (the hold is gone) or twice: refunded in full, and the client told.</summary>
    public async Task<DomainError> ReturnUnusableAsync(AppointmentSummary a, PaymentReceipt receipt)
    {
        await money.ReturnUnusableAsync(a, receipt);
        await notices.PaymentReturnedAsync(a, receipt);
        return new DomainError(ErrorCodes.HoldExpired, "This payment could not be used for the appointment; it is refunded.");
    }

    /// <summary>
    /// Pays with a package credit or an included membership session. The credit is remembered until the booking is
    /// confirmed, so that a hold lapsing in between gives it back; a confirmation that fails gives it back at once.
    /// </summary>
    public async Task<Result<AppointmentSummary>> RedeemAsync(AppointmentSummary a, string source, Func<AppointmentSummary, PaymentReceipt, Task<Result<AppointmentSummary>>> confirm)
    {
        var redeemed = await money.RedeemAsync(a, source);
        if (redeemed.Value is not { } receipt)
        {
            return redeemed.Error!;
        }

        state.State.PendingRedemption = receipt;
        await state.WriteStateAsync();
        var result = await confirm(a, receipt);
        if (!result.Succeeded)
        {
            await money.ReturnCreditAsync(a.ClientId, receipt); // nothing was booked on it
        }

        state.State.PendingRedemption = null;
        await state.WriteStateAsync();
        return result;
    }

    /// <summary>
    /// A credit taken whose confirmation never completed (a failure between the steps, and no retry) goes back when
    /// the hold lapses. The caller stores the state with the expiry.
    /// </summary>
    public async Task GiveBackPendingRedemptionAsync(AppointmentSummary a)
    {
        if (state.State.PendingRedemption is { } taken)
        {
            await money.UndoRedemptionAsync(a, taken);
            state.State.PendingRedemption = null;
        }
    }
}
