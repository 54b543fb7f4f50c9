using System.Security.Claims;
using Counseling.Api.Auth;
using Counseling.Api.Contracts;
using Counseling.Api.Problems;
using Counseling.GrainInterfaces.Accounts;
using Counseling.GrainInterfaces.Payments;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Apis;

/// <summary>The provider account a counselor's settlements are paid out to.</summary>
public static class PayoutAccountApi
{
    public static IEndpointRouteBuilder MapPayoutAccountApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Routes.PayoutAccount.Prefix).WithTags("Settlements").RequireAuthorization(Policies.CounselorOnly);
        group.MapPut(Routes.Root, SetAccountAsync).WithName("SetPayoutAccount").WithSummary("Connects a Stripe account the counselor already has (acct_…).");
        group.MapGet(Routes.Root, GetAccountAsync).WithName("GetPayoutAccount").WithSummary("The payout account and whether it can receive payouts.");
        group.MapPost(Routes.PayoutAccount.OnboardingTemplate, OnboardAsync).WithName("StartPayoutOnboarding")
            .WithSummary("Creates the payout account if needed and returns the provider's onboarding page.");
        return app;
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SetAccountAsync(PayoutAccountRequest request, ClaimsPrincipal user, IClusterClient cluster)
    {
        var result = await cluster.GetGrain<ISettlementGrain>(user.UserId()).SetPayoutAccountAsync(request.AccountId);
        return result.NoContentOrProblem();
    }

    private static async Task<Ok<PayoutAccountView>> GetAccountAsync(ClaimsPrincipal user, IClusterClient cluster) =>
        TypedResults.Ok(await cluster.GetGrain<ISettlementGrain>(user.UserId()).GetPayoutAccountAsync());

    private static async Task<Results<Ok<OnboardingLink>, ProblemHttpResult>> OnboardAsync(ClaimsPrincipal user, IClusterClient cluster, HttpContext http)
    {
        var origin = $"{http.Request.Scheme}://{http.Request.Host}";
        var email = (await cluster.GetGrain<IUserGrain>(user.UserId()).GetProfileAsync())?.Email ?? "";
        var result = await cluster.GetGrain<ISettlementGrain>(user.UserId()).StartPayoutOnboardingAsync(email,
            $"{origin}{Routes.WebPages.PayoutOnboardingDone}", $"{origin}{Routes.WebPages.PayoutOnboardingRetry}");
        return result.Value is { } url ? TypedResults.Ok(new OnboardingLink(url)) : Problem.FromGrain(result.Error!);
    }
}
