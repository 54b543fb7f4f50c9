using Counseling.Api.Auth;
using Counseling.Api.Problems;
using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Purchases;
using Counseling.GrainInterfaces.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;

namespace Counseling.Api.Apis;

/// <summary>The plans on sale and the cancellation policy, and a member managing their membership (bought through /api/purchases).</summary>
public static class MembershipsApi
{
    public sealed record PauseRequest([property: Range(1, 7)] int Days);

    public static IEndpointRouteBuilder MapMembershipsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/policies/cancellation", async (IClusterClient cluster) => TypedResults.Ok(await cluster.GetGrain<IBookingPolicyGrain>(0).GetCancellationPolicyAsync()))
            .WithName("GetCancellationPolicy").WithTags("Directory").WithSummary("The cancellation window and what a late cancellation refunds.").AllowAnonymous();
        app.MapGet("/api/memberships/plans", PlansAsync).WithName("ListMembershipPlans").WithTags("Memberships")
            .WithSummary("The membership plans on sale.").AllowAnonymous();
        var mine = app.MapGroup("/api/membership").WithTags("Memberships").RequireAuthorization(Policies.ClientOnly);
        mine.MapGet("", GetAsync).WithName("GetMembership").WithSummary("My membership: plan, cycle, included sessions left, pause and renewal state.");
        mine.MapPost("/pause", PauseAsync).WithName("PauseMembership").WithSummary("Pauses for whole days (at most 7 per cycle); the cycle is lengthened by the pause.");
        mine.MapPost("/resume", (ClaimsPrincipal user, IClusterClient cluster) => Run(cluster, user, m => m.ResumeAsync()))
            .WithName("ResumeMembership").WithSummary("Ends a pause early; unused pause days are kept.");
        mine.MapPost("/cancel", (ClaimsPrincipal user, IClusterClient cluster) => Run(cluster, user, m => m.CancelAsync()))
            .WithName("CancelMembership").WithSummary("Stops renewal; the membership runs to the end of the paid period.");
        mine.MapPost("/keep", (ClaimsPrincipal user, IClusterClient cluster) => Run(cluster, user, m => m.KeepAsync()))
            .WithName("KeepMembership").WithSummary("Undoes a cancellation before the period ends.");
        return app;
    }

    private static async Task<Ok<MembershipPlan[]>> PlansAsync(IClusterClient cluster) =>
        TypedResults.Ok(await cluster.GetGrain<IMembershipPlansGrain>(0).GetPlansAsync());

    private static async Task<Ok<MembershipView>> GetAsync(ClaimsPrincipal user, IClusterClient cluster) =>
        TypedResults.Ok(await cluster.GetGrain<IMembershipGrain>(user.UserId()).GetAsync());

    private static Task<Results<Ok<MembershipView>, ProblemHttpResult>> PauseAsync(PauseRequest request, ClaimsPrincipal user, IClusterClient cluster) =>
        Run(cluster, user, m => m.PauseAsync(request.Days));

    private static async Task<Results<Ok<MembershipView>, ProblemHttpResult>> Run(IClusterClient cluster, ClaimsPrincipal user, Func<IMembershipGrain, Task<Result<MembershipView>>> command)
    {
        var result = await command(cluster.GetGrain<IMembershipGrain>(user.UserId()));
        return result.OkOrProblem();
    }
}
