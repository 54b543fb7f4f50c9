using System.Net;
using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Purchases;
using Counseling.GrainInterfaces.Shared;

namespace Counseling.Api.Apis;

/// <summary>Printable receipts, as self-contained HTML pages (no scripts, no external styles).</summary>
public static class ReceiptPages
{
    public const string ContentType = "text/html; charset=utf-8";

    private const string Style = "<style>body{font-family:system-ui,sans-serif;max-width:560px;margin:40px auto;padding:0 16px}td{padding:4px 12px 4px 0}</style>";

    /// <summary>The receipt of a paid appointment, for its client.</summary>
    public static string Appointment(AppointmentSummary a, PaymentReceipt payment, Func<DateTimeOffset, string> when)
    {
        static string E(string text) => WebUtility.HtmlEncode(text);
        var amount = payment.Amount.Format();
        var refunded = a.WasRefunded();
        var refundedAmount = a.RefundedMinor > 0
            ? (payment.Amount with { AmountMinor = a.RefundedMinor }).Format()
            : amount;
        return $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Receipt {E(a.Id.ToString("N")[..12])}</title>
            {Style}</head>
            <body><h1>Receipt</h1>
            <table>
            <tr><td>Receipt number</td><td>{E(a.Id.ToString("N")[..12].ToUpperInvariant())}</td></tr>
            <tr><td>Service</td><td>Counseling session ({E(a.Modality.ToString().ToLowerInvariant())}) with {E(a.CounselorName)}</td></tr>
            <tr><td>Scheduled</td><td>{E(when(a.Start))}</td></tr>
            <tr><td>Client</td><td>{E(a.ClientName)}</td></tr>
            <tr><td>{(PaymentMethods.IsCard(payment.Method) ? "Amount paid" : "Value")}</td><td>{E(amount)}{(payment.Amount != a.Price && PaymentMethods.IsCard(payment.Method) ? E($" (list price {a.Price.Format()}, member discount applied)") : "")}</td></tr>
            <tr><td>Payment</td><td>{E(Method(payment.Method))}, reference {E(payment.Reference)}</td></tr>
            {(refunded ? "<tr><td>" + (PaymentMethods.IsCard(payment.Method) ? "Refund</td><td>" + E(refundedAmount) + " refunded" : "Returned</td><td>The credit was returned to you") + "</td></tr>" : "")}
            </table></body></html>
            """;
    }

    /// <summary>The receipt of a paid order.</summary>
    public static string Purchase(PurchaseSummary purchase, PaymentReceipt payment, Func<DateTimeOffset, string> when)
    {
        static string E(string text) => WebUtility.HtmlEncode(text);
        var amount = payment.Amount.Format();
        return $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Receipt {E(purchase.Order.Id.ToString("N")[..12])}</title>
            {Style}</head>
            <body><h1>Receipt</h1>
            <table>
            <tr><td>Receipt number</td><td>{E(purchase.Order.Id.ToString("N")[..12].ToUpperInvariant())}</td></tr>
            <tr><td>Item</td><td>{E(purchase.Order.Title)}</td></tr>
            <tr><td>Terms</td><td>{E(PurchaseTerms.Of(purchase.Order))}</td></tr>
            <tr><td>Paid on</td><td>{E(when(purchase.FulfilledAt ?? purchase.CreatedAt))}</td></tr>
            <tr><td>Amount paid</td><td>{E(amount)}</td></tr>
            <tr><td>Payment</td><td>{E(payment.Method == PaymentMethods.Simulated ? "Simulated (no real money moved)" : "Card via Stripe")}, reference {E(payment.Reference)}</td></tr>
            {(purchase.Status == PurchaseStatus.Refunded ? "<tr><td>Refund</td><td>" + E(amount) + " refunded. " + E(purchase.Note ?? "") + "</td></tr>" : "")}
            </table></body></html>
            """;
    }

    private static string Method(string method) => method switch
    {
        PaymentMethods.Simulated => "Simulated (no real money moved)",
        PaymentMethods.Package => "Package credit",
        PaymentMethods.Membership => "Included membership session",
        _ => "Card via Stripe",
    };
}
