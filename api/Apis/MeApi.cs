using System.Security.Claims;
using Counseling.Api.Auth;
using Counseling.Api.Contracts;
using Counseling.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Counseling.Api.Apis;

public static class MeApi
{
    public static IEndpointRouteBuilder MapMeApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(Routes.Me, GetMeAsync).WithName("GetMe").WithTags("Accounts")
            .WithSummary("The signed-in user's profile.")
            .RequireAuthorization(Policies.AnyUser);
        return app;
    }

    private static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> GetMeAsync(ClaimsPrincipal user, AccountService accounts)
    {
        var profile = await accounts.GetProfileAsync(user.UserId());
        return profile is null ? Problem.Of("not-found", "This account no longer exists.") : TypedResults.Ok(AccountService.ToResponse(profile));
    }
}

public static class ClaimsPrincipalExtensions
{
    /// <summary>The account id from the validated token's subject.</summary>
    public static Guid UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(JwtRegisteredClaimNames.Sub), out var id)
            ? id
            : throw new InvalidOperationException("An authenticated principal without a user id.");
}
