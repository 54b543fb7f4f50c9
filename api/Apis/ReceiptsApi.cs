using Counseling.Api.Auth;
using Counseling.Api.Problems;
using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Text;

namespace Counseling.Api.Apis;

/// <summary>A printable receipt for a paid appointment, for its client.</summary>
public static class ReceiptsApi
{
    internal const string Style = "<style>body{font-family:system-ui,sans-serif;max-width:560px;margin:40px auto;padding:0 16px}td{padding:4px 12px 4px 0}</style>";

    public static IEndpointRouteBuilder MapReceiptsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet($"{AppointmentsApi.Route}/{{appointmentId:guid}}/receipt", GetAsync).WithName("GetReceipt").WithTags("Payments")
            .WithSummary("The receipt of a paid appointment as a printable HTML page.").RequireAuthorization(Policies.ClientOnly);
        return app;
    }

    private static string Method(string method) => method switch
    {
        PaymentMethods.Simulated => "Simulated (no real money moved)",
        PaymentMethods.Package => "Package credit",
        PaymentMethods.Membership => "Included membership session",
        _ => "Card via Stripe",
    };

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetAsync(Guid appointmentId, ClaimsPrincipal user, IClusterClient cluster)
    {
        var me = user.UserId();
        if (await cluster.GetGrain<IAppointmentGrain>(appointmentId).GetAsync(me) is not { } a || a.ReceiptPaymentFor(me) is not { } payment)
        {
            return Problem.Of("not-found", "There is no paid appointment with this id among yours.");
        }

        static string E(string text) => WebUtility.HtmlEncode(text);
        var amount = payment.Amount.Format();
        var refunded = a.WasRefunded();
        var refundedAmount = a.RefundedMinor > 0
            ? (payment.Amount with { AmountMinor = a.RefundedMinor }).Format()
            : amount;
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Receipt {E(a.Id.ToString("N")[..12])}</title>
            {Style}</head>
            <body><h1>Receipt</h1>
            <table>
            <tr><td>Receipt number</td><td>{E(a.Id.ToString("N")[..12].ToUpperInvariant())}</td></tr>
            <tr><td>Service</td><td>Counseling session ({E(a.Modality.ToString().ToLowerInvariant())}) with {E(a.CounselorName)}</td></tr>
            <tr><td>Scheduled</td><td>{E(a.Start.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))}</td></tr>
            <tr><td>Client</td><td>{E(a.ClientName)}</td></tr>
            <tr><td>{(PaymentMethods.IsCard(payment.Method) ? "Amount paid" : "Value")}</td><td>{E(amount)}{(payment.Amount != a.Price && PaymentMethods.IsCard(payment.Method) ? E($" (list price {a.Price.Format()}, member discount applied)") : "")}</td></tr>
            <tr><td>Payment</td><td>{E(Method(payment.Method))}, reference {E(payment.Reference)}</td></tr>
            {(refunded ? "<tr><td>" + (PaymentMethods.IsCard(payment.Method) ? "Refund</td><td>" + E(refundedAmount) + " refunded" : "Returned</td><td>The credit was returned to you") + "</td></tr>" : "")}
            </table></body></html>
            """;
        return TypedResults.Content(html, "text/html; charset=utf-8", Encoding.UTF8);
    }
}
