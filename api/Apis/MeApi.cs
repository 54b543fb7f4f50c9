using System.Security.Claims;
using Counseling.Api.Auth;
using Counseling.Api.Contracts;
using Counseling.Api.Problems;
using Counseling.GrainInterfaces.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.IdentityModel.JsonWebTokens;

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
        group.MapGet(Routes.Me.SignInsTemplate, ListSignInsAsync).WithName("ListSignIns")
            .WithSummary("Where the person is signed in: device, address and when each was last used; the one making the request is marked.");
        group.MapDelete(Routes.Me.SignInTemplate, RevokeSignInAsync).WithName("RevokeSignIn")
            .WithSummary("Signs one device out: its refresh token stops working (its access token lapses within 15 minutes).");
        return app;
    }

    private static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> SetPreferencesAsync(
        DisplayPreferencesRequest request, ClaimsPrincipal user, IClusterClient cluster)
    {
        var result = await cluster.GetGrain<IUserGrain>(user.UserId()).SetDisplayPreferencesAsync(request.TimeZone, request.Clock);
        return result.OkOrProblem(AccountService.ToResponse);
    }

    private static async Task<Results<Ok<AuthResponse>, ProblemHttpResult>> ChangePasswordAsync(
        ChangePasswordRequest request, ClaimsPrincipal user, AccountService accounts, HttpContext http)
    {
        var (status, auth, weakness) = await accounts.ChangePasswordAsync(user.UserId(), request.CurrentPassword, request.NewPassword, ClientInfo.From(http));
        return status switch
        {
            AccountService.ChangeStatus.Changed => TypedResults.Ok(auth!),
            AccountService.ChangeStatus.WeakPassword => Problem.Validation("newPassword", weakness!),
            AccountService.ChangeStatus.Locked => Problem.Of("too-many-requests", "Too many wrong passwords: wait 15 minutes, or reset it by email."),
            _ => Problem.Validation("currentPassword", "That is not your current password."),
        };
    }

    private static async Task<Ok<SignInResponse[]>> ListSignInsAsync(ClaimsPrincipal user, IClusterClient cluster)
    {
        var current = Guid.TryParse(user.FindFirstValue(JwtRegisteredClaimNames.Sid), out var sid) ? sid : (Guid?)null;
        var signIns = await cluster.GetGrain<ICredentialGrain>(user.UserId()).ListSignInsAsync();
        return TypedResults.Ok(signIns.Select(s => new SignInResponse(s.Id, s.Device, s.Address, s.StartedAt, s.LastUsedAt, s.Id == current)).ToArray());
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeSignInAsync(Guid signInId, ClaimsPrincipal user, IClusterClient cluster) =>
        await cluster.GetGrain<ICredentialGrain>(user.UserId()).RevokeSignInAsync(signInId)
            ? TypedResults.NoContent()
            : Problem.Of("not-found", "You are not signed in there (any more).");

    private static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> GetMeAsync(ClaimsPrincipal user, AccountService accounts)
    {
        var profile = await accounts.GetProfileAsync(user.UserId());
        return profile is null ? Problem.Of("not-found", "This account no longer exists.") : TypedResults.Ok(AccountService.ToResponse(profile));
    }
}
