using System.Security.Claims;
using System.Text;
using Counseling.Api.Auth;
using Counseling.Api.Contracts;
using Counseling.Api.Problems;
using Counseling.Api.Scheduling;
using Counseling.GrainInterfaces.Accounts;
using Counseling.GrainInterfaces.Purchases;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Counseling.Api.Apis;

/// <summary>
/// What clients buy besides single sessions: counselors' packages of session credits, paid content and memberships.
/// An order is placed (the purchase grain decides whether it may be), paid through the same checkout as a session,
/// and delivered by its grain when the payment arrives.
/// </summary>
public static class PurchasesApi
{
    public static IEndpointRouteBuilder MapPurchasesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Routes.Purchases.Prefix).WithTags("Purchases").RequireAuthorization(Policies.ClientOnly);
        group.MapGet(Routes.Root, ListAsync).WithName("ListPurchases").WithSummary("My orders, package credits and membership.");
        group.MapPost(Routes.Root, CreateAsync).WithName("CreatePurchase")
            .WithSummary("Orders a package ({kind:'package', counselorId, offerId}), paid content ({kind:'content', counselorId, offerId}) or a membership ({kind:'membership', planId}); pay it at /checkout.");
        group.MapGet(Routes.Purchases.ByIdTemplate, GetAsync).WithName("GetPurchase").WithSummary("One of my orders.");
        group.MapPost(Routes.Purchases.CheckoutTemplate, CheckoutAsync).WithName("StartPurchaseCheckout").WithSummary("Where to pay for an order.");
        group.MapGet(Routes.Purchases.ReceiptTemplate, ReceiptAsync).WithName("GetPurchaseReceipt").WithSummary("The receipt of a paid order as a printable HTML page.");
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
        return placed.CreatedOrProblem(p => Routes.Purchases.ById(p.Order.Id));
    }

    private static async Task<Results<Ok<PurchaseSummary>, ProblemHttpResult>> GetAsync(Guid purchaseId, ClaimsPrincipal user, IClusterClient cluster) =>
        await cluster.GetGrain<IPurchaseGrain>(purchaseId).GetAsync(user.UserId()) is { } purchase
            ? TypedResults.Ok(purchase)
            : Problem.Of("not-found", "There is no such order among yours.");

    private static async Task<Results<Ok<CheckoutResponse>, ProblemHttpResult>> CheckoutAsync(Guid purchaseId, ClaimsPrincipal user, IClusterClient cluster, HttpContext http, IOptions<PaymentsApi.PaymentsSettings> settings)
    {
        var origin = $"{http.Request.Scheme}://{http.Request.Host}";
        var result = await cluster.GetGrain<IPurchaseGrain>(purchaseId).StartCheckoutAsync(user.UserId(), $"{origin}{Routes.WebPages.PurchasePaid(purchaseId)}", $"{origin}{Routes.WebPages.Wallet}");
        return result.Value is { } link ? TypedResults.Ok(new CheckoutResponse(link.Url, settings.Value.Simulated, link.Amount)) : Problem.FromGrain(result.Error!);
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ReceiptAsync(Guid purchaseId, ClaimsPrincipal user, IClusterClient cluster, string? tz)
    {
        if (await cluster.GetGrain<IPurchaseGrain>(purchaseId).GetAsync(user.UserId()) is not { Payment: { } payment } purchase)
        {
            return Problem.Of("not-found", "There is no paid order with this id among yours.");
        }

        var (zone, clock) = ViewerTime.ReaderZone(await cluster.GetGrain<IUserGrain>(user.UserId()).GetProfileAsync(), tz);
        return TypedResults.Content(ReceiptPages.Purchase(purchase, payment, at => ViewerTime.ForReader(at, zone, clock)), ReceiptPages.ContentType, Encoding.UTF8);
    }
}
