using Counseling.Api.Auth;
using Counseling.Api.Problems;
using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Payments;
using Counseling.GrainInterfaces.Purchases;
using Counseling.GrainInterfaces.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Text;

namespace Counseling.Api.Apis;

/// <summary>
/// What clients buy besides single sessions: counselors' packages of session credits and memberships. An order is
/// created, paid through the same checkout as a session, and delivered by its grain when the payment arrives.
/// </summary>
public static class PurchasesApi
{
    public const string Route = "/api/purchases";

    public sealed record PurchaseRequest(
        [property: Required] string Kind,
        Guid? CounselorId,
        Guid? OfferId,
        [property: MaxLength(40)] string? PlanId);

    public sealed record RedeemRequest([property: Required] string Source);

    public sealed record PurchasesResponse(PurchaseSummary[] Purchases, CreditPackage[] Credits, MembershipView Membership);

    public static IEndpointRouteBuilder MapPurchasesApi(this IEndpointRouteBuilder app)
    {
        var purchases = app.MapGroup(Route).WithTags("Purchases").RequireAuthorization(Policies.ClientOnly);
        purchases.MapGet("", ListAsync).WithName("ListPurchases").WithSummary("My orders, package credits and membership.");
        purchases.MapPost("", CreateAsync).WithName("CreatePurchase")
            .WithSummary("Orders a package ({kind:'package', counselorId, offerId}), paid content ({kind:'content', counselorId, offerId}) or a membership ({kind:'membership', planId}); pay it at /checkout.");
        purchases.MapGet("/{purchaseId:guid}", GetAsync).WithName("GetPurchase").WithSummary("One of my orders.");
        purchases.MapPost("/{purchaseId:guid}/checkout", CheckoutAsync).WithName("StartPurchaseCheckout").WithSummary("Where to pay for an order.");
        purchases.MapGet("/{purchaseId:guid}/receipt", ReceiptAsync).WithName("GetPurchaseReceipt").WithSummary("The receipt of a paid order as a printable HTML page.");
        app.MapPost("/api/payments/simulated/purchases/{purchaseId:guid}/pay", PaySimulatedAsync).WithName("PayPurchaseSimulated").WithTags("Payments")
            .WithSummary("Completes a simulated payment of an order (only when no payment provider is configured).").RequireAuthorization(Policies.ClientOnly);

        app.MapPost($"{AppointmentsApi.Route}/{{appointmentId:guid}}/redeem", RedeemAsync).WithName("RedeemCredit").WithTags("Purchases")
            .WithSummary("Confirms a held slot with a package credit (source 'package') or an included membership session (source 'membership').")
            .RequireAuthorization(Policies.ClientOnly);

        app.MapGet("/api/counselors/{counselorId:guid}/packages", OffersAsync).WithName("ListPackageOffers").WithTags("Directory")
            .WithSummary("The packages a counselor sells.").AllowAnonymous();
        var own = app.MapGroup("/api/counselor/me/packages").WithTags("Counselors").RequireAuthorization(Policies.CounselorOnly);
        own.MapGet("", OwnOffersAsync).WithName("ListMyPackageOffers").WithSummary("My package offers, retired ones included.");
        own.MapPost("", SaveOfferAsync).WithName("CreatePackageOffer").WithSummary("Offers a new package.");
        own.MapPut("/{offerId:guid}", SaveOfferAsync).WithName("UpdatePackageOffer").WithSummary("Changes an offer (buyers keep the terms they bought).");
        own.MapDelete("/{offerId:guid}", RetireOfferAsync).WithName("RetirePackageOffer").WithSummary("Stops selling a package; bought credits stay valid.");
        return app;
    }

    private static async Task<Ok<PurchasesResponse>> ListAsync(ClaimsPrincipal user, IClusterClient cluster)
    {
        var me = user.UserId();
        var ids = await cluster.GetGrain<IPurchaseHistoryGrain>(me).GetAsync();
        var orders = await Task.WhenAll(ids.Take(100).Select(id => cluster.GetGrain<IPurchaseGrain>(id).GetAsync(me)));
        return TypedResults.Ok(new PurchasesResponse(orders.OfType<PurchaseSummary>().ToArray(),
            await cluster.GetGrain<IClientCreditsGrain>(me).GetPackagesAsync(), await cluster.GetGrain<IMembershipGrain>(me).GetAsync()));
    }

    private static async Task<Results<Created<PurchaseSummary>, ProblemHttpResult>> CreateAsync(PurchaseRequest request, ClaimsPrincipal user, IClusterClient cluster)
    {
        PurchaseKind? kind = request.Kind switch { "package" => PurchaseKind.Package, "content" => PurchaseKind.Content, "membership" => PurchaseKind.Membership, _ => null };
        if (kind is null)
        {
            return Problem.Validation("kind", "Use \"package\", \"membership\" or \"content\".");
        }

        var placed = await cluster.GetGrain<IPurchaseGrain>(Guid.NewGuid()).PlaceAsync(user.UserId(), new OrderRequest(kind.Value, request.CounselorId, request.OfferId, request.PlanId));
        return placed.CreatedOrProblem(p => $"{Route}/{p.Order.Id}");
    }

    private static async Task<Results<Ok<PurchaseSummary>, ProblemHttpResult>> GetAsync(Guid purchaseId, ClaimsPrincipal user, IClusterClient cluster) =>
        await cluster.GetGrain<IPurchaseGrain>(purchaseId).GetAsync(user.UserId()) is { } purchase
            ? TypedResults.Ok(purchase)
            : Problem.Of("not-found", "There is no such order among yours.");

    private static async Task<Results<Ok<PaymentsApi.CheckoutResponse>, ProblemHttpResult>> CheckoutAsync(Guid purchaseId, ClaimsPrincipal user, IClusterClient cluster, HttpContext http, IOptions<PaymentsApi.PaymentsSettings> settings)
    {
        var origin = $"{http.Request.Scheme}://{http.Request.Host}";
        var result = await cluster.GetGrain<IPurchaseGrain>(purchaseId).StartCheckoutAsync(user.UserId(), $"{origin}/#/wallet?paid={purchaseId}", $"{origin}/#/wallet");
        return result.Value is { } link ? TypedResults.Ok(new PaymentsApi.CheckoutResponse(link.Url, settings.Value.Simulated, link.Amount)) : Problem.FromGrain(result.Error!);
    }

    private static async Task<Results<Ok<PurchaseSummary>, ProblemHttpResult>> PaySimulatedAsync(Guid purchaseId, ClaimsPrincipal user, IClusterClient cluster, IOptions<PaymentsApi.PaymentsSettings> settings)
    {
        if (!settings.Value.Simulated)
        {
            return Problem.Of("not-found", "Payments go through the payment provider.");
        }

        var grain = cluster.GetGrain<IPurchaseGrain>(purchaseId);
        if (await grain.GetAsync(user.UserId()) is not { } purchase)
        {
            return Problem.Of("not-found", "There is no such order among yours.");
        }

        var result = await grain.PaymentSucceededAsync(SimulatedPayments.ForPurchase(purchase));
        return result.OkOrProblem();
    }

    private static async Task<Results<Ok<AppointmentSummary>, ProblemHttpResult>> RedeemAsync(Guid appointmentId, RedeemRequest request, ClaimsPrincipal user, IClusterClient cluster)
    {
        if (request.Source is not (PaymentMethods.Package or PaymentMethods.Membership))
        {
            return Problem.Validation("source", "Use \"package\" or \"membership\".");
        }

        var result = await cluster.GetGrain<IAppointmentGrain>(appointmentId).RedeemAsync(user.UserId(), request.Source);
        return result.OkOrProblem();
    }

    private static async Task<Ok<PackageOffer[]>> OffersAsync(Guid counselorId, IClusterClient cluster) =>
        TypedResults.Ok(await cluster.GetGrain<ICounselorPackagesGrain>(counselorId).GetOnSaleAsync());

    private static async Task<Ok<PackageOffer[]>> OwnOffersAsync(ClaimsPrincipal user, IClusterClient cluster) =>
        TypedResults.Ok(await cluster.GetGrain<ICounselorPackagesGrain>(user.UserId()).GetOffersAsync(true));

    private static async Task<Results<Created<PackageOffer>, Ok<PackageOffer>, ProblemHttpResult>> SaveOfferAsync(PackageOfferDraft draft, ClaimsPrincipal user, IClusterClient cluster, Guid? offerId = null)
    {
        var result = await cluster.GetGrain<ICounselorPackagesGrain>(user.UserId()).SaveOfferAsync(offerId, draft);
        if (result.Value is not { } offer)
        {
            return Problem.FromGrain(result.Error!);
        }

        return offerId is null ? TypedResults.Created($"/api/counselor/me/packages/{offer.Id}", offer) : TypedResults.Ok(offer);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RetireOfferAsync(Guid offerId, ClaimsPrincipal user, IClusterClient cluster) =>
        await cluster.GetGrain<ICounselorPackagesGrain>(user.UserId()).RetireOfferAsync(offerId)
            ? TypedResults.NoContent()
            : Problem.Of("not-found", "There is no such package among your current offers.");

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ReceiptAsync(Guid purchaseId, ClaimsPrincipal user, IClusterClient cluster)
    {
        if (await cluster.GetGrain<IPurchaseGrain>(purchaseId).GetAsync(user.UserId()) is not { Payment: { } payment } purchase)
        {
            return Problem.Of("not-found", "There is no paid order with this id among yours.");
        }

        static string E(string text) => WebUtility.HtmlEncode(text);
        var amount = payment.Amount.Format();
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Receipt {E(purchaseId.ToString("N")[..12])}</title>
            {ReceiptsApi.Style}</head>
            <body><h1>Receipt</h1>
            <table>
            <tr><td>Receipt number</td><td>{E(purchaseId.ToString("N")[..12].ToUpperInvariant())}</td></tr>
            <tr><td>Item</td><td>{E(purchase.Order.Title)}</td></tr>
            <tr><td>Terms</td><td>{E(PurchaseTerms.Of(purchase.Order))}</td></tr>
            <tr><td>Paid on</td><td>{E((purchase.FulfilledAt ?? purchase.CreatedAt).ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))}</td></tr>
            <tr><td>Amount paid</td><td>{E(amount)}</td></tr>
            <tr><td>Payment</td><td>{E(payment.Method == PaymentMethods.Simulated ? "Simulated (no real money moved)" : "Card via Stripe")}, reference {E(payment.Reference)}</td></tr>
            {(purchase.Status == PurchaseStatus.Refunded ? "<tr><td>Refund</td><td>" + E(amount) + " refunded. " + E(purchase.Note ?? "") + "</td></tr>" : "")}
            </table></body></html>
            """;
        return TypedResults.Content(html, "text/html; charset=utf-8", Encoding.UTF8);
    }
}
