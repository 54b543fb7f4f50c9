using Counseling.Api.Auth;
using Counseling.Api.Problems;
using Counseling.GrainInterfaces.Accounts;
using Counseling.GrainInterfaces.Payments;
using Counseling.GrainInterfaces.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;

namespace Counseling.Api.Apis;

/// <summary>Counselors apply to be paid for earned sessions; operators approve (paying out) or reject.</summary>
public static class SettlementsApi
{
    public sealed record SettlementsResponse(Earning[] Unsettled, SettlementApplication[] Applications);

    public sealed record PayoutAccountRequest([property: Required, MaxLength(80)] string AccountId);

    public sealed record SettlementDecisionRequest(bool Approve, [property: MaxLength(1000)] string? Reason);

    public sealed record OnboardingLink(string Url);

    public static IEndpointRouteBuilder MapSettlementsApi(this IEndpointRouteBuilder app)
    {
        var own = app.MapGroup("/api/counselor/me").WithTags("Settlements").RequireAuthorization(Policies.CounselorOnly);
        own.MapGet("/settlements", ListAsync).WithName("ListSettlements").WithSummary("Earned, unsettled sessions and my settlement applications.");
        own.MapPost("/settlements", ApplyAsync).WithName("ApplyForSettlement").WithSummary("Apply to be paid for every earned, unsettled session.");
        own.MapPut("/payout-account", SetAccountAsync).WithName("SetPayoutAccount").WithSummary("Connects a Stripe account the counselor already has (acct_…).");
        own.MapGet("/payout-account", GetAccountAsync).WithName("GetPayoutAccount").WithSummary("The payout account and whether it can receive payouts.");
        own.MapPost("/payout-account/onboarding", OnboardAsync).WithName("StartPayoutOnboarding")
            .WithSummary("Creates the payout account if needed and returns the provider's onboarding page.");

        var operators = app.MapGroup("/api/operator/settlements").WithTags("Operators").RequireAuthorization(Policies.OperatorOnly);
        operators.MapGet("", PendingAsync).WithName("ListPendingSettlements").WithSummary("Applications waiting for review.");
        operators.MapPost("/{counselorId:guid}/{applicationId:guid}", DecideAsync).WithName("DecideSettlement")
            .WithSummary("Approve (the payout runs) or reject with a reason.");
        return app;
    }

    private static async Task<Ok<SettlementsResponse>> ListAsync(ClaimsPrincipal user, IClusterClient cluster)
    {
        var settlements = cluster.GetGrain<ISettlementGrain>(user.UserId());
        return TypedResults.Ok(new SettlementsResponse(await settlements.UnsettledAsync(), await settlements.ListAsync()));
    }

    private static async Task<Results<Ok<SettlementApplication>, ProblemHttpResult>> ApplyAsync(ClaimsPrincipal user, IClusterClient cluster) =>
        Map(await cluster.GetGrain<ISettlementGrain>(user.UserId()).ApplyAsync());

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
            $"{origin}/#/wallet?onboarding=done", $"{origin}/#/wallet?onboarding=retry");
        return result.Value is { } url ? TypedResults.Ok(new OnboardingLink(url)) : Problem.FromGrain(result.Error!);
    }

    private static async Task<Ok<SettlementApplication[]>> PendingAsync(IClusterClient cluster)
    {
        var pending = await cluster.GetGrain<ISettlementQueueGrain>(0).PendingAsync();
        var applications = await Task.WhenAll(pending.Select(async p =>
            (await cluster.GetGrain<ISettlementGrain>(p.CounselorId).ListAsync()).FirstOrDefault(a => a.Id == p.ApplicationId)));
        return TypedResults.Ok(applications.OfType<SettlementApplication>().Where(a => a.Status == SettlementStatus.Pending).ToArray());
    }

    private static async Task<Results<Ok<SettlementApplication>, ProblemHttpResult>> DecideAsync(Guid counselorId, Guid applicationId, SettlementDecisionRequest request, ClaimsPrincipal user, IClusterClient cluster) =>
        Map(await cluster.GetGrain<ISettlementGrain>(counselorId).DecideAsync(applicationId, user.UserId(), request.Approve, request.Reason));

    private static Results<Ok<SettlementApplication>, ProblemHttpResult> Map(Result<SettlementApplication> result) => result.OkOrProblem();
}
