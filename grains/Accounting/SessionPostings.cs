using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Payments;
using Counseling.GrainInterfaces.Shared;

namespace Counseling.Grains.Accounting;

/// <summary>
/// The ledger transactions of one appointment. A paid booking moves the price into the client's funds, held there
/// until the session settles it: to the counselor (less the platform fee) when the session took place, the client
/// was absent or cancelled late; back where it came from in every other case. Each is keyed by the appointment, so a
/// retry posts once.
/// </summary>
public static class SessionPostings
{
    /// <summary>Bookings confirmed before payments existed, and free sessions, move no money.</summary>
    public static bool IsCharged(AppointmentSummary a) =>
        a.Payment is { Method: not PaymentMethods.NotCharged } payment && payment.Amount.AmountMinor > 0;

    public static string PaymentKey(Guid appointmentId) => $"booking:{appointmentId:N}:payment";

    public static string SettleKey(Guid appointmentId) => $"booking:{appointmentId:N}:settle";

    /// <summary>The ledger account a payment came from: the provider (a card), the package credits or the membership pool.</summary>
    public static string SourceAccount(Guid clientId, PaymentReceipt payment) => payment.Method switch
    {
        PaymentMethods.Package => LedgerAccounts.ClientCredits(clientId),
        PaymentMethods.Membership => LedgerAccounts.Memberships,
        _ => LedgerAccounts.ProviderClearing,
    };

    /// <summary>The booking is paid: the money moves from its source into the client's funds.</summary>
    public static LedgerTransaction Payment(AppointmentSummary a)
    {
        var paid = a.Payment!.Amount;
        return new LedgerTransaction(PaymentKey(a.Id), "session-payment", a.Id.ToString(),
        [
            new(SourceAccount(a.ClientId, a.Payment), paid.Currency, -paid.AmountMinor, a.Payment.Reference),
            new(LedgerAccounts.ClientFunds(a.ClientId), paid.Currency, paid.AmountMinor, PaidFor(a.Payment, a.CounselorName)),
        ]);
    }

    /// <summary>The fee is kept: the held money goes to the counselor, the platform and (a partial refund) the card.</summary>
    public static LedgerTransaction Earned(AppointmentSummary a, SessionSplit split)
    {
        var currency = a.Price.Currency;
        List<LedgerLine> lines =
        [
            new(LedgerAccounts.ClientFunds(a.ClientId), currency, -split.Paid,
                $"Session with {a.CounselorName} ({a.Status.Describe()}{(split.Refunded > 0 ? $", {split.RefundPercent:0.##}% refunded" : "")})"),
        ];
        if (split.CounselorShare != 0)
        {
            lines.Add(new(LedgerAccounts.CounselorPayable(a.CounselorId), currency, split.CounselorShare, $"Session with {a.ClientName}"));
        }

        if (split.Refunded > 0)
        {
            lines.Add(new(LedgerAccounts.ProviderClearing, currency, split.Refunded, a.Payment!.Reference));
        }

        if (split.PlatformFee != 0)
        {
            lines.Add(new(LedgerAccounts.PlatformFees, currency, split.PlatformFee, null));
        }

        if (split.MemberDiscount != 0)
        {
            lines.Add(new(LedgerAccounts.Memberships, currency, -split.MemberDiscount, "Member discount"));
        }

        return new LedgerTransaction(SettleKey(a.Id), "session-earned", a.Id.ToString(), [.. lines]);
    }

    /// <summary>The session did not happen on the client's account: everything held goes back to its source.</summary>
    public static LedgerTransaction Refunded(AppointmentSummary a, PaymentReceipt payment, string why)
    {
        var paid = payment.Amount;
        var to = payment.Method switch
        {
            PaymentMethods.Package => "package credit returned",
            PaymentMethods.Membership => "included session returned",
            _ => "refund",
        };
        return new LedgerTransaction(SettleKey(a.Id), "session-refund", a.Id.ToString(),
        [
            new(LedgerAccounts.ClientFunds(a.ClientId), paid.Currency, -paid.AmountMinor, $"Session with {a.CounselorName} {why}: {to}"),
            new(SourceAccount(a.ClientId, payment), paid.Currency, paid.AmountMinor, payment.Reference),
        ]);
    }

    /// <summary>
    /// A card payment the appointment cannot use (its hold is gone, or it is already paid): taken in and given
    /// straight back, keyed by the payment itself so that it never touches the appointment's own entries.
    /// </summary>
    public static LedgerTransaction[] UnusablePayment(AppointmentSummary a, PaymentReceipt receipt, string label)
    {
        var currency = receipt.Amount.Currency;
        var amount = receipt.Amount.AmountMinor;
        return
        [
            new($"payment:{receipt.Reference}:in", "session-payment", a.Id.ToString(),
            [
                new(LedgerAccounts.ProviderClearing, currency, -amount, receipt.Reference),
                new(LedgerAccounts.ClientFunds(a.ClientId), currency, amount, $"Payment for the session with {a.CounselorName}"),
            ]),
            new($"payment:{receipt.Reference}:refund", "session-refund", a.Id.ToString(),
            [
                new(LedgerAccounts.ClientFunds(a.ClientId), currency, -amount, $"Refund: payment for {label} could not be used"),
                new(LedgerAccounts.ProviderClearing, currency, amount, receipt.Reference),
            ]),
        ];
    }

    /// <summary>The words the client's statement shows for a paid booking.</summary>
    private static string PaidFor(PaymentReceipt payment, string counselorName) => payment.Method switch
    {
        PaymentMethods.Package => $"Package credit for the session with {counselorName}",
        PaymentMethods.Membership => $"Included in your membership: the session with {counselorName}",
        _ => $"Payment for the session with {counselorName}",
    };
}
