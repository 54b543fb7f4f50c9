using Counseling.GrainInterfaces.Purchases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Apis;

/// <summary>The membership plans on sale (bought through the purchases api).</summary>
public static class MembershipPlansApi
{
    public static IEndpointRouteBuilder MapMembershipPlansApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Routes.MembershipPlans.Prefix).WithTags("Memberships").AllowAnonymous();
        group.MapGet(Routes.Root, PlansAsync).WithName("ListMembershipPlans").WithSummary("The membership plans on sale.");
        return app;
    }

    private static async Task<Ok<MembershipPlan[]>> PlansAsync(IClusterClient cluster) =>
        TypedResults.Ok(await cluster.GetGrain<IMembershipPlansGrain>(0).GetPlansAsync());
}
