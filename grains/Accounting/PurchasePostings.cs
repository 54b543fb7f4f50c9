using Counseling.GrainInterfaces.Payments;
using Counseling.GrainInterfaces.Purchases;
using Counseling.GrainInterfaces.Shared;

namespace Counseling.Grains.Accounting;

/// <summary>The ledger transactions of orders (packages, content, memberships) and of package credits expiring.</summary>
public static class PurchasePostings
{
    public static string PaymentKey(Guid orderId) => $"purchase:{orderId:N}:payment";

    public static string RefundKey(Guid orderId) => $"purchase:{orderId:N}:refund";

    /// <summary>A package is paid: the money becomes the client's credits, valued at what was paid.</summary>
    public static LedgerTransaction Package(PurchaseOrder order, PaymentReceipt receipt) =>
        new(PaymentKey(order.Id), "package-purchase", order.Id.ToString(),
        [
            new(LedgerAccounts.ProviderClearing, order.Price.Currency, -order.Price.AmountMinor, receipt.Reference),
            new(LedgerAccounts.ClientCredits(order.ClientId), order.Price.Currency, order.Price.AmountMinor, order.Title),
        ]);

    /// <summary>
    /// Content is delivered at once, so the counselor earns at once (less the platform fee), settled like sessions.
    /// The payment passes through the client's funds so that it shows on their statement.
    /// </summary>
    public static LedgerTransaction ContentSale(PurchaseOrder order, ContentOffer content, PaymentReceipt receipt, FeePolicy policy)
    {
        var price = order.Price;
        var fee = policy.FeeOn(price.AmountMinor);
        List<LedgerLine> lines =
        [
            new(LedgerAccounts.ProviderClearing, price.Currency, -price.AmountMinor, receipt.Reference),
            new(LedgerAccounts.ClientFunds(order.ClientId), price.Currency, price.AmountMinor, $"Paid: {order.Title}"),
            new(LedgerAccounts.ClientFunds(order.ClientId), price.Currency, -price.AmountMinor, order.Title),
        ];
        if (price.AmountMinor - fee != 0)
        {
            lines.Add(new(LedgerAccounts.CounselorPayable(content.CounselorId), price.Currency, price.AmountMinor - fee, $"Sale: {content.Title}"));
        }

        if (fee != 0)
        {
            lines.Add(new(LedgerAccounts.PlatformFees, price.Currency, fee, null));
        }

        return new LedgerTransaction(PaymentKey(order.Id), "content-sale", order.Id.ToString(), [.. lines]);
    }

    /// <summary>
    /// A membership fee passes through the client's funds to the membership pool, so it shows on the statement. Used
    /// for the first month (by the order) and for renewals (by the membership).
    /// </summary>
    public static LedgerTransaction MembershipFee(Guid client, Money price, string key, string reference, string paymentReference, string memo) =>
        new(key, "membership-fee", reference,
        [
            new(LedgerAccounts.ProviderClearing, price.Currency, -price.AmountMinor, paymentReference),
            new(LedgerAccounts.ClientFunds(client), price.Currency, price.AmountMinor, $"Paid: {memo}"),
            new(LedgerAccounts.ClientFunds(client), price.Currency, -price.AmountMinor, memo),
            new(LedgerAccounts.Memberships, price.Currency, price.AmountMinor, null),
        ]);

    /// <summary>A membership fee given back (the client already had a membership).</summary>
    public static LedgerTransaction MembershipFeeReversal(Guid client, Money price, string key, string reference, string paymentReference, string memo) =>
        new(key, "membership-refund", reference,
        [
            new(LedgerAccounts.Memberships, price.Currency, -price.AmountMinor, null),
            new(LedgerAccounts.ClientFunds(client), price.Currency, price.AmountMinor, memo),
            new(LedgerAccounts.ClientFunds(client), price.Currency, -price.AmountMinor, memo),
            new(LedgerAccounts.ProviderClearing, price.Currency, price.AmountMinor, paymentReference),
        ]);

    /// <summary>A payment an order cannot use goes in and straight back out, keyed by <paramref name="key"/>.</summary>
    public static LedgerTransaction[] UnusablePayment(PurchaseOrder order, PaymentReceipt receipt, string key)
    {
        var amount = receipt.Amount;
        return
        [
            new($"{key}:in", "purchase-payment", order.Id.ToString(),
            [
                new(LedgerAccounts.ProviderClearing, amount.Currency, -amount.AmountMinor, receipt.Reference),
                new(LedgerAccounts.ClientFunds(order.ClientId), amount.Currency, amount.AmountMinor, $"Payment for {order.Title}"),
            ]),
            new($"{key}:refund", "purchase-refund", order.Id.ToString(),
            [
                new(LedgerAccounts.ClientFunds(order.ClientId), amount.Currency, -amount.AmountMinor, $"Refund: payment for {order.Title} could not be used"),
                new(LedgerAccounts.ProviderClearing, amount.Currency, amount.AmountMinor, receipt.Reference),
            ]),
        ];
    }

    /// <summary>Unused credits of a package expire: their value is kept under the package's stated policy.</summary>
    public static LedgerTransaction CreditsExpired(Guid client, Guid purchaseId, int expiry, Money remainingValue, int remaining, string packageName) =>
        new($"credits:{purchaseId:N}:expire:{expiry}", "credits-expired", $"{purchaseId}/{expiry}",
        [
            new(LedgerAccounts.ClientCredits(client), remainingValue.Currency, -remainingValue.AmountMinor, $"{remaining} unused credit(s) of \"{packageName}\" expired"),
            new(LedgerAccounts.ExpiredCredits, remainingValue.Currency, remainingValue.AmountMinor, null),
        ]);
}
