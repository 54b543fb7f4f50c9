using Counseling.GrainInterfaces.Booking;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Apis;

/// <summary>The platform's published policies, for anyone deciding whether to book.</summary>
public static class PoliciesApi
{
    public static IEndpointRouteBuilder MapPoliciesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Routes.Policies.Prefix).WithTags("Directory").AllowAnonymous();
        group.MapGet(Routes.Policies.CancellationTemplate, CancellationAsync).WithName("GetCancellationPolicy")
            .WithSummary("The cancellation window and what a late cancellation refunds.");
        return app;
    }

    private static async Task<Ok<CancellationPolicy>> CancellationAsync(IClusterClient cluster) =>
        TypedResults.Ok(await cluster.GetGrain<IBookingPolicyGrain>(0).GetCancellationPolicyAsync());
}
