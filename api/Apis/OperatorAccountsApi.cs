using System.ComponentModel.DataAnnotations;
using Counseling.Api.Auth;
using Counseling.Api.Contracts;
using Counseling.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Apis;

/// <summary>Support look-ups for operators.</summary>
public static class OperatorAccountsApi
{
    public static IEndpointRouteBuilder MapOperatorAccountsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Routes.OperatorAccounts.Prefix).WithTags("Operators").RequireAuthorization(Policies.OperatorOnly);
        group.MapGet(Routes.Root, FindAsync).WithName("FindAccount").WithSummary("Find an account by email (operators only).");
        return app;
    }

    private static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> FindAsync(
        [Required, MaxLength(254)] string email, AccountService accounts)
    {
        var profile = await accounts.FindByEmailAsync(email);
        return profile is null ? Problem.Of("not-found", "No account uses this email.") : TypedResults.Ok(AccountService.ToResponse(profile));
    }
}
