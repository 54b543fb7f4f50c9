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
        group.MapPost(Routes.Me.PasswordTemplate, ChangePasswordAsync).WithName("ChangePassword")
            .RequireRateLimiting(Extensions.RateLimitingExtensions.AuthPolicy)
            .WithSummary("Change the password (the current one is needed). Every sign-in ends; the answer carries new tokens for this device.");
        return app;
    }

    private static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> SetPreferencesAsync(
        DisplayPreferencesRequest request, ClaimsPrincipal user, IClusterClient cluster)
    {
        var result = await cluster.GetGrain<IUserGrain>(user.UserId()).SetDisplayPreferencesAsync(request.TimeZone, request.Clock);
        return result.OkOrProblem(AccountService.ToResponse);
    }

    private static async Task<Results<Ok<AuthResponse>, ProblemHttpResult>> ChangePasswordAsync(
        ChangePasswordRequest request, ClaimsPrincipal user, AccountService accounts)
    {
        var (status, auth, weakness) = await accounts.ChangePasswordAsync(user.UserId(), request.CurrentPassword, request.NewPassword);
        return status switch
        {
            AccountService.ChangeStatus.Changed => TypedResults.Ok(auth!),
            AccountService.ChangeStatus.WeakPassword => Problem.Validation("newPassword", weakness!),
            AccountService.ChangeStatus.Locked => Problem.Of("too-many-requests", "Too many wrong passwords: wait 15 minutes, or reset it by email."),
            _ => Problem.Validation("currentPassword", "That is not your current password."),
        };
    }

    private static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> GetMeAsync(ClaimsPrincipal user, AccountService accounts)
    {
        var profile = await accounts.GetProfileAsync(user.UserId());
        return profile is null ? Problem.Of("not-found", "This account no longer exists.") : TypedResults.Ok(AccountService.ToResponse(profile));
    }
}
