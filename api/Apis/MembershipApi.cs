using System.Security.Claims;
using Counseling.Api.Auth;
using Counseling.Api.Contracts;
using Counseling.Api.Problems;
using Counseling.GrainInterfaces.Purchases;
using Counseling.GrainInterfaces.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Apis;

/// <summary>A member managing their membership: pausing, resuming, cancelling at the period's end, keeping it after all.</summary>
public static class MembershipApi
{
    public static IEndpointRouteBuilder MapMembershipApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Routes.Membership.Prefix).WithTags("Memberships").RequireAuthorization(Policies.ClientOnly);
        group.MapGet(Routes.Root, GetAsync).WithName("GetMembership").WithSummary("My membership: plan, cycle, included sessions left, pause and renewal state.");
        group.MapPost(Routes.Membership.PauseTemplate, PauseAsync).WithName("PauseMembership").WithSummary("Pauses for whole days (at most 7 per cycle); the cycle is lengthened by the pause.");
        group.MapPost(Routes.Membership.ResumeTemplate, (ClaimsPrincipal user, IClusterClient cluster) => Run(cluster, user, m => m.ResumeAsync()))
            .WithName("ResumeMembership").WithSummary("Ends a pause early; unused pause days are kept.");
        group.MapPost(Routes.Membership.CancelTemplate, (ClaimsPrincipal user, IClusterClient cluster) => Run(cluster, user, m => m.CancelAsync()))
            .WithName("CancelMembership").WithSummary("Stops renewal; the membership runs to the end of the paid period.");
        group.MapPost(Routes.Membership.KeepTemplate, (ClaimsPrincipal user, IClusterClient cluster) => Run(cluster, user, m => m.KeepAsync()))
            .WithName("KeepMembership").WithSummary("Undoes a cancellation before the period ends.");
        return app;
    }

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
