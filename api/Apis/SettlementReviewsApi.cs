using System.Security.Claims;
using Counseling.Api.Auth;
using Counseling.Api.Contracts;
using Counseling.Api.Problems;
using Counseling.GrainInterfaces.Payments;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Apis;

/// <summary>Operators approve settlement applications (the payout runs) or reject them with a reason.</summary>
public static class SettlementReviewsApi
{
    public static IEndpointRouteBuilder MapSettlementReviewsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Routes.SettlementReviews.Prefix).WithTags("Operators").RequireAuthorization(Policies.OperatorOnly);
        group.MapGet(Routes.Root, PendingAsync).WithName("ListPendingSettlements").WithSummary("Applications waiting for review.");
        group.MapPost(Routes.SettlementReviews.DecisionTemplate, DecideAsync).WithName("DecideSettlement")
            .WithSummary("Approve (the payout runs) or reject with a reason.");
        return app;
    }

    private static async Task<Ok<SettlementApplication[]>> PendingAsync(IClusterClient cluster)
    {
        var pending = await cluster.GetGrain<ISettlementQueueGrain>(0).PendingAsync();
        var applications = await Task.WhenAll(pending.Select(async p =>
            (await cluster.GetGrain<ISettlementGrain>(p.CounselorId).ListAsync()).FirstOrDefault(a => a.Id == p.ApplicationId)));
        return TypedResults.Ok(applications.OfType<SettlementApplication>().Where(a => a.Status == SettlementStatus.Pending).ToArray());
    }

    private static async Task<Results<Ok<SettlementApplication>, ProblemHttpResult>> DecideAsync(Guid counselorId, Guid applicationId, SettlementDecisionRequest request, ClaimsPrincipal user, IClusterClient cluster) =>
        (await cluster.GetGrain<ISettlementGrain>(counselorId).DecideAsync(applicationId, user.UserId(), request.Approve, request.Reason)).OkOrProblem();
}
