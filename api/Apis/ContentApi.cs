using System.Security.Claims;
using Counseling.Api.Auth;
using Counseling.Api.Problems;
using Counseling.GrainInterfaces.Purchases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Apis;

/// <summary>
/// Paid content listings (courses, articles, seminars) and the entitlements that buying them grants. Bought through
/// /api/purchases with kind "content"; the content module serves a piece only to holders of its entitlement.
/// </summary>
public static class ContentApi
{
    public static IEndpointRouteBuilder MapContentApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/counselors/{counselorId:guid}/content", ListingsAsync).WithName("ListContentOffers").WithTags("Directory")
            .WithSummary("The courses, articles and seminars a counselor sells.").AllowAnonymous();
        var own = app.MapGroup("/api/counselor/me/content").WithTags("Counselors").RequireAuthorization(Policies.CounselorOnly);
        own.MapGet("", OwnAsync).WithName("ListMyContentOffers").WithSummary("My content listings, retired ones included.");
        own.MapPost("", SaveAsync).WithName("CreateContentOffer").WithSummary("Lists a course, article or seminar for sale.");
        own.MapPut("/{offerId:guid}", SaveAsync).WithName("UpdateContentOffer").WithSummary("Changes a listing (buyers keep access).");
        own.MapDelete("/{offerId:guid}", RetireAsync).WithName("RetireContentOffer").WithSummary("Stops selling; buyers keep access.");

        var mine = app.MapGroup("/api/entitlements").WithTags("Purchases").RequireAuthorization();
        mine.MapGet("", ListEntitlementsAsync).WithName("ListEntitlements").WithSummary("The paid content I may open.");
        mine.MapGet("/{contentId:guid}", FindEntitlementAsync).WithName("GetEntitlement").WithSummary("Whether I may open a piece of content (404 when not).");
        return app;
    }

    private static async Task<Ok<ContentOffer[]>> ListingsAsync(Guid counselorId, IClusterClient cluster) =>
        TypedResults.Ok(await cluster.GetGrain<ICounselorContentGrain>(counselorId).GetOnSaleAsync());

    private static async Task<Ok<ContentOffer[]>> OwnAsync(ClaimsPrincipal user, IClusterClient cluster) =>
        TypedResults.Ok(await cluster.GetGrain<ICounselorContentGrain>(user.UserId()).GetOffersAsync(true));

    private static async Task<Results<Created<ContentOffer>, Ok<ContentOffer>, ProblemHttpResult>> SaveAsync(ContentOfferDraft draft, ClaimsPrincipal user, IClusterClient cluster, Guid? offerId = null)
    {
        var result = await cluster.GetGrain<ICounselorContentGrain>(user.UserId()).SaveOfferAsync(offerId, draft);
        if (result.Value is not { } offer)
        {
            return Problem.FromGrain(result.Error!);
        }

        return offerId is null ? TypedResults.Created($"/api/counselor/me/content/{offer.Id}", offer) : TypedResults.Ok(offer);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RetireAsync(Guid offerId, ClaimsPrincipal user, IClusterClient cluster) =>
        await cluster.GetGrain<ICounselorContentGrain>(user.UserId()).RetireOfferAsync(offerId)
            ? TypedResults.NoContent()
            : Problem.Of("not-found", "There is no such listing among yours.");

    private static async Task<Ok<Entitlement[]>> ListEntitlementsAsync(ClaimsPrincipal user, IClusterClient cluster) =>
        TypedResults.Ok(await cluster.GetGrain<IEntitlementsGrain>(user.UserId()).ListAsync());

    private static async Task<Results<Ok<Entitlement>, ProblemHttpResult>> FindEntitlementAsync(Guid contentId, ClaimsPrincipal user, IClusterClient cluster) =>
        await cluster.GetGrain<IEntitlementsGrain>(user.UserId()).FindAsync(contentId) is { } entitlement
            ? TypedResults.Ok(entitlement)
            : Problem.Of("not-found", "You have not bought this content.");
}
