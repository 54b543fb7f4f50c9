using System.Security.Claims;
using Counseling.Api.Auth;
using Counseling.Api.Problems;
using Counseling.GrainInterfaces.Purchases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Apis;

/// <summary>
/// A counselor's paid content listings (courses, articles, seminars). Bought through the purchases api with kind
/// "content"; the content module serves a piece only to holders of its entitlement.
/// </summary>
public static class ContentOffersApi
{
    public static IEndpointRouteBuilder MapContentOffersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Routes.ContentOffers.Prefix).WithTags("Counselors").RequireAuthorization(Policies.CounselorOnly);
        group.MapGet(Routes.Root, OwnAsync).WithName("ListMyContentOffers").WithSummary("My content listings, retired ones included.");
        group.MapPost(Routes.Root, SaveAsync).WithName("CreateContentOffer").WithSummary("Lists a course, article or seminar for sale.");
        group.MapPut(Routes.ContentOffers.ByIdTemplate, SaveAsync).WithName("UpdateContentOffer").WithSummary("Changes a listing (buyers keep access).");
        group.MapDelete(Routes.ContentOffers.ByIdTemplate, RetireAsync).WithName("RetireContentOffer").WithSummary("Stops selling; buyers keep access.");
        return app;
    }

    private static async Task<Ok<ContentOffer[]>> OwnAsync(ClaimsPrincipal user, IClusterClient cluster) =>
        TypedResults.Ok(await cluster.GetGrain<ICounselorContentGrain>(user.UserId()).GetOffersAsync(true));

    private static async Task<Results<Created<ContentOffer>, Ok<ContentOffer>, ProblemHttpResult>> SaveAsync(ContentOfferDraft draft, ClaimsPrincipal user, IClusterClient cluster, Guid? offerId = null)
    {
        var result = await cluster.GetGrain<ICounselorContentGrain>(user.UserId()).SaveOfferAsync(offerId, draft);
        if (result.Value is not { } offer)
        {
            return Problem.FromGrain(result.Error!);
        }

        return offerId is null ? TypedResults.Created(Routes.ContentOffers.ById(offer.Id), offer) : TypedResults.Ok(offer);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RetireAsync(Guid offerId, ClaimsPrincipal user, IClusterClient cluster) =>
        await cluster.GetGrain<ICounselorContentGrain>(user.UserId()).RetireOfferAsync(offerId)
            ? TypedResults.NoContent()
            : Problem.Of("not-found", "There is no such listing among yours.");
}
