using System.Security.Claims;
using Counseling.Api.Auth;
using Counseling.Api.Contracts;
using Counseling.Api.Crisis;
using Counseling.Api.Problems;
using Counseling.GrainInterfaces.Crisis;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Apis;

/// <summary>
/// Crisis alerts for the people who answer them: operators see every alert, a counselor their clients'. The crisis
/// lines are public, so every page can show them.
/// </summary>
public static class CrisisApi
{
    public static IEndpointRouteBuilder MapCrisisApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Routes.Crisis.Prefix).WithTags("Crisis");
        group.MapGet(Routes.Crisis.ResourcesTemplate, Resources).AllowAnonymous().WithName("GetCrisisResources")
            .WithSummary("Crisis lines for a country (ISO 3166 code), or for anywhere else.");
        group.MapGet(Routes.Crisis.AlertsTemplate, ListAsync).RequireAuthorization(Policies.Staff).WithName("ListCrisisAlerts")
            .WithSummary("Open alerts first, newest first: every alert for operators, their clients' for counselors.");
        group.MapGet(Routes.Crisis.AlertTemplate, GetAsync).RequireAuthorization(Policies.Staff).WithName("GetCrisisAlert")
            .WithSummary("One alert with its audit trail; opening it is recorded as seen.");
        group.MapPost(Routes.Crisis.AcknowledgeTemplate, AcknowledgeAsync).RequireAuthorization(Policies.Staff).WithName("AcknowledgeCrisisAlert")
            .WithSummary("Takes responsibility for an open alert, with a note of what was done; stops its escalation.");
        group.MapPost(Routes.Crisis.ResolveTemplate, ResolveAsync).RequireAuthorization(Policies.Staff).WithName("ResolveCrisisAlert")
            .WithSummary("Closes an alert with a note of the outcome.");
        group.MapGet(Routes.Crisis.OnCallTemplate, OnCallAsync).RequireAuthorization(Policies.OperatorOnly).WithName("GetOnCall")
            .WithSummary("Whether the signed-in operator is on call for crisis alerts.");
        group.MapPut(Routes.Crisis.OnCallTemplate, SetOnCallAsync).RequireAuthorization(Policies.OperatorOnly).WithName("SetOnCall")
            .WithSummary("Goes on or off call. With nobody on call, new alerts go to every operator.");
        return app;
    }

    private static Results<Ok<CrisisResources>, ProblemHttpResult> Resources(string? country, CrisisResourceCatalog catalog) =>
        country is not null && (country.Length != 2 || !country.All(char.IsAsciiLetter)) && !country.Equals(CrisisResourceCatalog.Default, StringComparison.OrdinalIgnoreCase)
            ? Problem.FromGrain(GrainInterfaces.Shared.DomainError.Invalid("country", "Give the country as a two-letter code, such as US."))
            : TypedResults.Ok(catalog.For(country));

    private static async Task<Ok<CrisisAlert[]>> ListAsync(bool? openOnly, ClaimsPrincipal user, IClusterClient cluster) =>
        TypedResults.Ok(await cluster.GetGrain<ICrisisAlertIndexGrain>(0).ListAsync(user.IsInRole(Roles.Operator) ? null : user.UserId(), openOnly ?? false));

    private static async Task<Results<Ok<CrisisAlert>, ProblemHttpResult>> GetAsync(Guid alertId, ClaimsPrincipal user, IClusterClient cluster)
    {
        var grain = cluster.GetGrain<ICrisisAlertGrain>(alertId);
        if (!MayAnswer(user, await grain.GetAsync()))
        {
            return NotFound();
        }

        await grain.MarkSeenAsync(user.UserId());
        return TypedResults.Ok((await grain.GetAsync())!);
    }

    private static async Task<Results<Ok<CrisisAlert>, ProblemHttpResult>> AcknowledgeAsync(Guid alertId, NoteRequest request, ClaimsPrincipal user, IClusterClient cluster)
    {
        var grain = cluster.GetGrain<ICrisisAlertGrain>(alertId);
        return MayAnswer(user, await grain.GetAsync()) ? (await grain.AcknowledgeAsync(user.UserId(), request.Note)).OkOrProblem() : NotFound();
    }

    private static async Task<Results<Ok<CrisisAlert>, ProblemHttpResult>> ResolveAsync(Guid alertId, NoteRequest request, ClaimsPrincipal user, IClusterClient cluster)
    {
        var grain = cluster.GetGrain<ICrisisAlertGrain>(alertId);
        return MayAnswer(user, await grain.GetAsync()) ? (await grain.ResolveAsync(user.UserId(), request.Note)).OkOrProblem() : NotFound();
    }

    private static async Task<Ok<OnCallResponse>> OnCallAsync(ClaimsPrincipal user, IClusterClient cluster)
    {
        var roster = await cluster.GetGrain<IOperatorRosterGrain>(0).GetAsync();
        return TypedResults.Ok(new OnCallResponse(roster.OnCall.Contains(user.UserId()), roster.OnCall.Length));
    }

    private static async Task<Ok<OnCallResponse>> SetOnCallAsync(OnCallRequest request, ClaimsPrincipal user, IClusterClient cluster)
    {
        await cluster.GetGrain<IOperatorRosterGrain>(0).SetOnCallAsync(user.UserId(), request.OnCall);
        return await OnCallAsync(user, cluster);
    }

    /// <summary>Operators answer every alert; a counselor only those about their own clients.</summary>
    private static bool MayAnswer(ClaimsPrincipal user, CrisisAlert? alert) =>
        alert is not null && (user.IsInRole(Roles.Operator) || alert.CounselorId == user.UserId());

    private static ProblemHttpResult NotFound() => Problem.Of("not-found", "There is no crisis alert with this id that you may answer.");
}
