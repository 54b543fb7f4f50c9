using System.Security.Claims;
using Counseling.Api.Auth;
using Counseling.Api.Contracts;
using Counseling.Api.Problems;
using Counseling.GrainInterfaces.Payments;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Apis;

/// <summary>Payment disputes (chargebacks) reported by the provider, for operators to answer.</summary>
public static class DisputesApi
{
    public static IEndpointRouteBuilder MapDisputesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Routes.Disputes.Prefix).WithTags("Operators").RequireAuthorization(Policies.OperatorOnly);
        group.MapGet(Routes.Root, ListAsync).WithName("ListDisputes").WithSummary("Payment disputes, newest first, with the provider's latest status.");
        group.MapPost(Routes.Disputes.ReviewTemplate, ReviewAsync).WithName("ReviewDispute").WithSummary("Records that an operator handled a dispute, with a note.");
        return app;
    }

    private static async Task<Ok<PaymentDispute[]>> ListAsync(IClusterClient cluster) =>
        TypedResults.Ok(await cluster.GetGrain<IPaymentDisputesGrain>(0).GetAsync());

    private static async Task<Results<NoContent, ProblemHttpResult>> ReviewAsync(string disputeId, ReviewRequest request, ClaimsPrincipal user, IClusterClient cluster) =>
        await cluster.GetGrain<IPaymentDisputesGrain>(0).ReviewAsync(disputeId, user.UserId(), request.Note.Trim())
            ? TypedResults.NoContent()
            : Problem.Of("not-found", "There is no such dispute.");
}
