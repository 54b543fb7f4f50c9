using System.Security.Claims;
using Counseling.Api.Auth;
using Counseling.Api.Contracts;
using Counseling.Api.Problems;
using Counseling.GrainInterfaces.Payments;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Apis;

/// <summary>Counselors see what they earned and apply to be paid for it.</summary>
public static class SettlementsApi
{
    public static IEndpointRouteBuilder MapSettlementsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Routes.Settlements.Prefix).WithTags("Settlements").RequireAuthorization(Policies.CounselorOnly);
        group.MapGet(Routes.Root, ListAsync).WithName("ListSettlements").WithSummary("Earned, unsettled sessions and my settlement applications.");
        group.MapPost(Routes.Root, ApplyAsync).WithName("ApplyForSettlement").WithSummary("Apply to be paid for every earned, unsettled session.");
        return app;
    }

    private static async Task<Ok<SettlementsResponse>> ListAsync(ClaimsPrincipal user, IClusterClient cluster)
    {
        var settlements = cluster.GetGrain<ISettlementGrain>(user.UserId());
        return TypedResults.Ok(new SettlementsResponse(await settlements.UnsettledAsync(), await settlements.ListAsync()));
    }

    private static async Task<Results<Ok<SettlementApplication>, ProblemHttpResult>> ApplyAsync(ClaimsPrincipal user, IClusterClient cluster) =>
        (await cluster.GetGrain<ISettlementGrain>(user.UserId()).ApplyAsync()).OkOrProblem();
}
