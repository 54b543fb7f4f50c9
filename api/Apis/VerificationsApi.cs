using System.Security.Claims;
using Counseling.Api.Auth;
using Counseling.Api.Contracts;
using Counseling.Api.Problems;
using Counseling.GrainInterfaces.Accounts;
using Counseling.GrainInterfaces.Counselors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Apis;

/// <summary>Operators verify counselors' credentials (or reject them with a reason) before they can be booked.</summary>
public static class VerificationsApi
{
    public static IEndpointRouteBuilder MapVerificationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Routes.Verifications.Prefix).WithTags("Operators").RequireAuthorization(Policies.OperatorOnly);
        group.MapGet(Routes.Root, PendingAsync).WithName("ListPendingVerifications").WithSummary("Credentials waiting for review, oldest first.");
        group.MapGet(Routes.Verifications.ByIdTemplate, GetForReviewAsync).WithName("GetCounselorForReview").WithSummary("A counselor's full record, for review.");
        group.MapPost(Routes.Verifications.ByIdTemplate, ReviewAsync).WithName("ReviewCredential").WithSummary("Verify, or reject with a reason the counselor sees.");
        return app;
    }

    private static async Task<Ok<PendingVerificationResponse[]>> PendingAsync(IClusterClient cluster)
    {
        var ids = await cluster.GetGrain<ICounselorDirectoryGrain>(0).PendingVerificationsAsync();
        var views = await Task.WhenAll(ids.Select(id => cluster.GetGrain<ICounselorGrain>(id).GetAsync()));
        return TypedResults.Ok(views.Where(v => v.Credential is { Status: CredentialStatus.Pending })
            .Select(v => new PendingVerificationResponse(v.CounselorId, v.Profile?.DisplayName, v.Credential!)).ToArray());
    }

    private static async Task<Results<Ok<CounselorView>, ProblemHttpResult>> GetForReviewAsync(Guid counselorId, IClusterClient cluster)
    {
        var user = await cluster.GetGrain<IUserGrain>(counselorId).GetProfileAsync();
        return user is { Role: UserRole.Counselor }
            ? TypedResults.Ok(await cluster.GetGrain<ICounselorGrain>(counselorId).GetAsync())
            : Problem.Of("not-found", "No counselor has this id.");
    }

    private static async Task<Results<Ok<CounselorView>, ProblemHttpResult>> ReviewAsync(Guid counselorId, VerificationDecisionRequest request, ClaimsPrincipal user, IClusterClient cluster)
    {
        var counselor = cluster.GetGrain<ICounselorGrain>(counselorId);
        var result = await counselor.ReviewCredentialAsync(user.UserId(), request.Approve, request.Reason);
        return result.Error is { } error ? Problem.FromGrain(error) : TypedResults.Ok(await counselor.GetAsync());
    }
}
