using System.Security.Claims;
using Counseling.Api.Problems;
using Counseling.GrainInterfaces.Purchases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Apis;

/// <summary>The paid content a user may open, granted by buying it.</summary>
public static class EntitlementsApi
{
    public static IEndpointRouteBuilder MapEntitlementsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Routes.Entitlements.Prefix).WithTags("Purchases").RequireAuthorization();
        group.MapGet(Routes.Root, ListEntitlementsAsync).WithName("ListEntitlements").WithSummary("The paid content I may open.");
        group.MapGet(Routes.Entitlements.ByIdTemplate, FindEntitlementAsync).WithName("GetEntitlement").WithSummary("Whether I may open a piece of content (404 when not).");
        return app;
    }

    private static async Task<Ok<Entitlement[]>> ListEntitlementsAsync(ClaimsPrincipal user, IClusterClient cluster) =>
        TypedResults.Ok(await cluster.GetGrain<IEntitlementsGrain>(user.UserId()).ListAsync());

    private static async Task<Results<Ok<Entitlement>, ProblemHttpResult>> FindEntitlementAsync(Guid contentId, ClaimsPrincipal user, IClusterClient cluster) =>
        await cluster.GetGrain<IEntitlementsGrain>(user.UserId()).FindAsync(contentId) is { } entitlement
            ? TypedResults.Ok(entitlement)
            : Problem.Of("not-found", "You have not bought this content.");
}
