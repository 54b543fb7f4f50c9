using System.Security.Claims;
using Counseling.Api.Auth;
using Counseling.Api.Contracts;
using Counseling.Api.Crisis;
using Counseling.Api.Problems;
using Counseling.GrainInterfaces.Matching;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Apis;

/// <summary>
/// Counselors for an intake. Anyone may ask, so a person sees who could help before signing up; for a signed-in
/// client the intake is saved as well, and their own record decides whether the answer is urgent.
/// </summary>
public static class MatchingApi
{
    public static IEndpointRouteBuilder MapMatchingApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Routes.Matching.Prefix).WithTags("Matching").AllowAnonymous();
        group.MapPost(Routes.Root, MatchAsync).WithName("MatchCounselors")
            .WithSummary("Verified, bookable counselors licensed where the client lives who fit the intake, best first, each with its reasons and free times; crisis lines and the soonest session first when the client's record is urgent.");
        return app;
    }

    private static async Task<Results<Ok<MatchResponse>, ProblemHttpResult>> MatchAsync(
        IntakeRequest request, ClaimsPrincipal user, IClusterClient cluster, CrisisResourceCatalog crisis)
    {
        var intake = request.ToIntake();
        Guid? clientId = user.Identity?.IsAuthenticated == true && user.IsInRole(Roles.Client) ? user.UserId() : null;
        if (clientId is { } id)
        {
            var saved = await cluster.GetGrain<IIntakeGrain>(id).SaveAsync(intake);
            if (saved.Error is { } refused)
            {
                return Problem.FromGrain(refused);
            }

            intake = saved.Value!.Intake;
        }

        var matched = await cluster.GetGrain<IMatchingGrain>(0).MatchAsync(intake, clientId);
        if (matched.Error is { } error)
        {
            return Problem.FromGrain(error);
        }

        var list = matched.Value!;
        return TypedResults.Ok(new MatchResponse(
            list.Urgent, list.Urgent ? crisis.For(intake.Country) : null, list.Soonest, list.Message, clientId is not null,
            [.. list.Matches.Select(CounselorMatchResponse.From)]));
    }
}
