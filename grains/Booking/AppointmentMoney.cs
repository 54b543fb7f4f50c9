using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Payments;
using Counseling.GrainInterfaces.Purchases;
using Counseling.GrainInterfaces.Shared;
using Counseling.Grains.Accounting;
using Counseling.Grains.Payments;

namespace Counseling.Grains.Booking;

/// <summary>
/// Everything an appointment does with money: the ledger postings (from <see cref="SessionPostings"/>), refunds at the
/// provider, package credits and membership sessions taken and given back. Every step is keyed by the appointment or
/// the payment, ledger first, so a retry after a failure anywhere repeats nothing.
/// </summary>
public sealed class AppointmentMoney(IGrainFactory grains, IPaymentGateway gateway, ILedgerStore ledger, FeePolicy fees)
{
    private IWalletGrain Wallet(AppointmentSummary a) => grains.GetGrain<IWalletGrain>(a.ClientId);

    /// <summary>What a member pays for this session (the price less their discount); others pay the price.</summary>
    public async Task<Money> AmountDueAsync(AppointmentSummary a)
    {
        var benefits = await grains.GetGrain<IMembershipGrain>(a.ClientId).GetBenefitsAsync();
        return FeePolicy.MemberPrice(a.Price, benefits?.DiscountPercent ?? 0);
    }

    /// <summary>Takes a package credit or an included membership session for the appointment.</summary>
    public Task<Result<PaymentReceipt>> RedeemAsync(AppointmentSummary a, string source) => source switch
    {
        PaymentMethods.Package => grains.GetGrain<IClientCreditsGrain>(a.ClientId).RedeemAsync(a.Id, a.CounselorId, (int)(a.End - a.Start).TotalMinutes),
        PaymentMethods.Membership => grains.GetGrain<IMembershipGrain>(a.ClientId).UseIncludedSessionAsync(a.Id, a.Price),
        _ => Task.FromResult<Result<PaymentReceipt>>(DomainError.Invalid("source", "Use \"package\" or \"membership\".")),
    };

    /// <summary>Gives back a credit or membership session whose booking never happened or was cancelled in time.</summary>
    public Task ReturnCreditAsync(Guid clientId, PaymentReceipt receipt) => receipt.Method switch
    {
        PaymentMethods.Package => grains.GetGrain<IClientCreditsGrain>(clientId).ReturnAsync(receipt.Reference),
        PaymentMethods.Membership => grains.GetGrain<IMembershipGrain>(clientId).ReturnIncludedSessionAsync(receipt.Reference),
        _ => Task.CompletedTask,
    };

    /// <summary>A paid booking: the price moves into the client's funds, held there until the session settles it.</summary>
    public Task BookAsync(AppointmentSummary a) =>
        SessionPostings.IsCharged(a) ? Wallet(a).PostAsync(SessionPostings.Payment(a)) : Task.CompletedTask;

    /// <summary>
    /// Where the held money goes once the appointment is final (see <see cref="SessionSplit"/>). Returns what was
    /// refunded, in minor units. Idempotent per appointment.
    /// </summary>
    public async Task<long> SettleAsync(AppointmentSummary a)
    {
        if (!SessionPostings.IsCharged(a))
        {
            return 0;
        }

        if (!SessionSplit.KeepsFee(a.Status))
        {
            await RefundAsync(a, a.Payment!, a.Status.Describe());
            return a.Payment!.Amount.AmountMinor;
        }

        var split = SessionSplit.FeeKept(a.Status, a.Payment!, a.Price, fees);
        await Wallet(a).PostAsync(SessionPostings.Earned(a, split));
        if (split.Refunded > 0 && a.Payment!.Method == gateway.Method)
        {
            await gateway.RefundAsync(a.Payment.Reference, a.Payment.Amount with { AmountMinor = split.Refunded }, $"refund:{a.Id:N}", Metadata(a));
        }

        return split.Refunded;
    }

    /// <summary>Ledger first, then the source (provider refund or credit returned); both keyed, so a retry refunds once.</summary>
    public async Task RefundAsync(AppointmentSummary a, PaymentReceipt payment, string why)
    {
        await Wallet(a).PostAsync(SessionPostings.Refunded(a, payment, why));
        if (payment.Method == gateway.Method)
        {
            await gateway.RefundAsync(payment.Reference, payment.Amount, $"refund:{a.Id:N}", Metadata(a));
        }
        else
        {
            await ReturnCreditAsync(a.ClientId, payment);
        }
    }

    /// <summary>
    /// A redemption whose confirmation never completed (the hold lapsed first): undo whatever of it was recorded,
    /// then give the credit back.
    /// </summary>
    public async Task UndoRedemptionAsync(AppointmentSummary a, PaymentReceipt taken)
    {
        if (await ledger.IsRecordedAsync(SessionPostings.PaymentKey(a.Id)))
        {
            await RefundAsync(a, taken, "not confirmed");
        }
        else
        {
            await ReturnCreditAsync(a.ClientId, taken);
        }
    }

    /// <summary>A payment of another amount than asked (tampered or misrouted) is returned at the provider, never booked on.</summary>
    public Task ReturnMismatchedAsync(AppointmentSummary a, PaymentReceipt receipt) =>
        receipt.Method == gateway.Method && receipt.Amount.AmountMinor > 0
            ? gateway.RefundAsync(receipt.Reference, receipt.Amount, $"refund-mismatch:{receipt.Reference}", Metadata(a))
            : Task.CompletedTask;

    /// <summary>A payment the appointment cannot use (hold gone, or already paid) goes in and straight back out.</summary>
    public async Task ReturnUnusableAsync(AppointmentSummary a, PaymentReceipt receipt)
    {
        foreach (var transaction in SessionPostings.UnusablePayment(a, receipt, AppointmentNotices.Label(a)))
        {
            await Wallet(a).PostAsync(transaction);
        }

        if (receipt.Method == gateway.Method)
        {
            await gateway.RefundAsync(receipt.Reference, receipt.Amount, $"refund:{receipt.Reference}", Metadata(a));
        }
    }

    private static Dictionary<string, string> Metadata(AppointmentSummary a) => new() { ["appointment_id"] = a.Id.ToString() };
}
