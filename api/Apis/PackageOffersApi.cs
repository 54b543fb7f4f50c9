using System.Security.Claims;
using Counseling.Api.Auth;
using Counseling.Api.Problems;
using Counseling.GrainInterfaces.Purchases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Apis;

/// <summary>A counselor's packages of sessions for sale; buyers keep the terms they bought.</summary>
public static class PackageOffersApi
{
    public static IEndpointRouteBuilder MapPackageOffersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Routes.PackageOffers.Prefix).WithTags("Counselors").RequireAuthorization(Policies.CounselorOnly);
        group.MapGet(Routes.Root, OwnOffersAsync).WithName("ListMyPackageOffers").WithSummary("My package offers, retired ones included.");
        group.MapPost(Routes.Root, SaveOfferAsync).WithName("CreatePackageOffer").WithSummary("Offers a new package.");
        group.MapPut(Routes.PackageOffers.ByIdTemplate, SaveOfferAsync).WithName("UpdatePackageOffer").WithSummary("Changes an offer (buyers keep the terms they bought).");
        group.MapDelete(Routes.PackageOffers.ByIdTemplate, RetireOfferAsync).WithName("RetirePackageOffer").WithSummary("Stops selling a package; bought credits stay valid.");
        return app;
    }

    private static async Task<Ok<PackageOffer[]>> OwnOffersAsync(ClaimsPrincipal user, IClusterClient cluster) =>
        TypedResults.Ok(await cluster.GetGrain<ICounselorPackagesGrain>(user.UserId()).GetOffersAsync(true));

    private static async Task<Results<Created<PackageOffer>, Ok<PackageOffer>, ProblemHttpResult>> SaveOfferAsync(PackageOfferDraft draft, ClaimsPrincipal user, IClusterClient cluster, Guid? offerId = null)
    {
        var result = await cluster.GetGrain<ICounselorPackagesGrain>(user.UserId()).SaveOfferAsync(offerId, draft);
        if (result.Value is not { } offer)
        {
            return Problem.FromGrain(result.Error!);
        }

        return offerId is null ? TypedResults.Created(Routes.PackageOffers.ById(offer.Id), offer) : TypedResults.Ok(offer);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RetireOfferAsync(Guid offerId, ClaimsPrincipal user, IClusterClient cluster) =>
        await cluster.GetGrain<ICounselorPackagesGrain>(user.UserId()).RetireOfferAsync(offerId)
            ? TypedResults.NoContent()
            : Problem.Of("not-found", "There is no such package among your current offers.");
}
