using System.Security.Claims;
using Counseling.Api.Auth;
using Counseling.Api.Contracts;
using Counseling.Api.Problems;
using Counseling.GrainInterfaces.Matching;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Apis;

/// <summary>The signed-in client's own intake; nobody else reads it.</summary>
public static class IntakeApi
{
    public static IEndpointRouteBuilder MapIntakeApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Routes.Intake.Prefix).WithTags("Matching").RequireAuthorization(Policies.ClientOnly);
        group.MapGet(Routes.Root, GetAsync).WithName("GetMyIntake")
            .WithSummary("The signed-in client's intake; 404 until it is filled in.");
        group.MapPut(Routes.Root, SaveAsync).WithName("SaveMyIntake")
            .WithSummary("Replaces the signed-in client's intake. A refusal names the field; nothing is saved then.");
        return app;
    }

    private static async Task<Results<Ok<IntakeResponse>, ProblemHttpResult>> GetAsync(ClaimsPrincipal user, IClusterClient cluster) =>
        await cluster.GetGrain<IIntakeGrain>(user.UserId()).GetAsync() is { } saved
            ? TypedResults.Ok(IntakeResponse.From(saved))
            : Problem.Of("not-found", "You have not told us what you are looking for yet.");

    private static async Task<Results<Ok<IntakeResponse>, ProblemHttpResult>> SaveAsync(IntakeRequest request, ClaimsPrincipal user, IClusterClient cluster) =>
        (await cluster.GetGrain<IIntakeGrain>(user.UserId()).SaveAsync(request.ToIntake())).OkOrProblem(IntakeResponse.From);
}
