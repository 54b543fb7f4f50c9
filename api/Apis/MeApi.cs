using System.Security.Claims;
using Counseling.Api.Auth;
using Counseling.Api.Contracts;
using Counseling.Api.Problems;
using Counseling.GrainInterfaces.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Apis;

/// <summary>The signed-in user's own account.</summary>
public static class MeApi
{
    public static IEndpointRouteBuilder MapMeApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Routes.Me.Prefix).WithTags("Accounts").RequireAuthorization(Policies.AnyUser);
        group.MapGet(Routes.Root, GetMeAsync).WithName("GetMe").WithSummary("The signed-in user's profile.");
        group.MapPut(Routes.Me.PreferencesTemplate, SetPreferencesAsync).WithName("SetDisplayPreferences")
            .WithSummary("The time zone and clock style times are shown in (remembered on the profile).");
        return app;
    }

    private static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> SetPreferencesAsync(
        DisplayPreferencesRequest request, ClaimsPrincipal user, IClusterClient cluster)
    {
        var result = await cluster.GetGrain<IUserGrain>(user.UserId()).SetDisplayPreferencesAsync(request.TimeZone, request.Clock);
        return result.OkOrProblem(AccountService.ToResponse);
    }

    private static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> GetMeAsync(ClaimsPrincipal user, AccountService accounts)
    {
        var profile = await accounts.GetProfileAsync(user.UserId());
        return profile is null ? Problem.Of("not-found", "This account no longer exists.") : TypedResults.Ok(AccountService.ToResponse(profile));
    }
}
