using System.Security.Claims;
using Counseling.Api.Auth;
using Counseling.Api.Contracts;
using Counseling.Api.Problems;
using Counseling.GrainInterfaces.Assessments;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Apis;

/// <summary>
/// A client's scores and high-risk flag, for the counselors who have (or had) a booked appointment with them; the flag
/// also for operators, who clear it. Anyone else is told the client does not exist.
/// </summary>
public static class ClientCareApi
{
    public static IEndpointRouteBuilder MapClientCareApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Routes.ClientCare.Prefix).WithTags("Care").RequireAuthorization(Policies.AnyUser);
        group.MapGet(Routes.ClientCare.AssessmentsTemplate, HistoryAsync).WithName("ListClientAssessments")
            .WithSummary("A client's responses, newest first (their counselors only).");
        group.MapGet(Routes.ClientCare.CareTemplate, SummaryAsync).WithName("GetClientCare")
            .WithSummary("The high-risk flag and the latest score per instrument (the client's counselors and operators).");
        group.MapPost(Routes.ClientCare.ConcernsTemplate, RaiseConcernAsync).WithName("RaiseConcern")
            .WithSummary("A counselor's concern: raises a crisis alert and the high-risk flag.");
        group.MapPost(Routes.ClientCare.ClearHighRiskTemplate, ClearHighRiskAsync).WithName("ClearHighRisk")
            .WithSummary("Clears the high-risk flag with a note (the client's counselors and operators; never the client).");
        group.MapGet(Routes.ClientCare.TrendsTemplate, TrendsAsync).WithName("GetClientTrends")
            .WithSummary("Per instrument, a client's totals over time with the bands, and each episode's change from baseline, response and remission (their counselors only).");
        group.MapGet(Routes.ClientCare.ScheduleTemplate, GetScheduleAsync).WithName("GetClientAssessmentSchedule")
            .WithSummary("A client's re-assessment schedule and its check-ins (their counselors only).");
        group.MapPut(Routes.ClientCare.ScheduleTemplate, SetScheduleAsync).WithName("SetClientAssessmentSchedule")
            .WithSummary("Sets or replaces a client's re-assessment schedule; the first request goes out when it is due (their counselors only).");
        group.MapDelete(Routes.ClientCare.ScheduleTemplate, StopScheduleAsync).WithName("StopClientAssessmentSchedule")
            .WithSummary("Stops a client's re-assessment schedule; open check-ins stay open until they lapse (their counselors only).");
        return app;
    }

    private static async Task<Results<Ok<AssessmentResult[]>, ProblemHttpResult>> HistoryAsync(Guid clientId, string? instrument, ClaimsPrincipal user, IClusterClient cluster)
    {
        var care = cluster.GetGrain<ICareGrain>(clientId);
        if (!await IsCounselorOfAsync(user, care))
        {
            return NotFound();
        }

        return TypedResults.Ok((await care.HistoryAsync(instrument)).Select(r => AssessmentResult.From(r)).ToArray());
    }

    private static async Task<Results<Ok<CareSummary>, ProblemHttpResult>> SummaryAsync(Guid clientId, ClaimsPrincipal user, IClusterClient cluster)
    {
        var care = cluster.GetGrain<ICareGrain>(clientId);
        return await IsStaffForAsync(user, care) ? TypedResults.Ok(await care.GetSummaryAsync()) : NotFound();
    }

    private static async Task<Results<Created<AlertCreated>, ProblemHttpResult>> RaiseConcernAsync(Guid clientId, NoteRequest request, ClaimsPrincipal user, IClusterClient cluster)
    {
        var care = cluster.GetGrain<ICareGrain>(clientId);
        if (!await IsCounselorOfAsync(user, care))
        {
            return NotFound();
        }

        var raised = await care.RaiseConcernAsync(user.UserId(), request.Note);
        return raised.Error is { } error ? Problem.FromGrain(error) : TypedResults.Created(Routes.Crisis.Alert(raised.Value), new AlertCreated(raised.Value));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> ClearHighRiskAsync(Guid clientId, NoteRequest request, ClaimsPrincipal user, IClusterClient cluster)
    {
        var care = cluster.GetGrain<ICareGrain>(clientId);
        return await IsStaffForAsync(user, care) ? (await care.ClearHighRiskAsync(user.UserId(), request.Note)).NoContentOrProblem() : NotFound();
    }

    private static async Task<Results<Ok<AssessmentTrend[]>, ProblemHttpResult>> TrendsAsync(Guid clientId, ClaimsPrincipal user, IClusterClient cluster)
    {
        var care = cluster.GetGrain<ICareGrain>(clientId);
        return await IsCounselorOfAsync(user, care) ? TypedResults.Ok(await care.TrendsAsync()) : NotFound();
    }

    private static async Task<Results<Ok<ReassessmentSchedule>, ProblemHttpResult>> GetScheduleAsync(Guid clientId, ClaimsPrincipal user, IClusterClient cluster) =>
        await IsCounselorOfAsync(user, cluster.GetGrain<ICareGrain>(clientId))
            ? TypedResults.Ok(await cluster.GetGrain<IReassessmentGrain>(clientId).GetAsync())
            : NotFound();

    private static async Task<Results<Ok<ReassessmentSchedule>, ProblemHttpResult>> SetScheduleAsync(Guid clientId, ScheduleRequest request, ClaimsPrincipal user, IClusterClient cluster)
    {
        if (!await IsCounselorOfAsync(user, cluster.GetGrain<ICareGrain>(clientId)))
        {
            return NotFound();
        }

        var set = await cluster.GetGrain<IReassessmentGrain>(clientId).SetPlanAsync(user.UserId(), request.ToPlan());
        return set.Error is { } error ? Problem.FromGrain(error) : TypedResults.Ok(set.Value!);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> StopScheduleAsync(Guid clientId, ClaimsPrincipal user, IClusterClient cluster)
    {
        if (!await IsCounselorOfAsync(user, cluster.GetGrain<ICareGrain>(clientId)))
        {
            return NotFound();
        }

        await cluster.GetGrain<IReassessmentGrain>(clientId).SetPlanAsync(user.UserId(), null);
        return TypedResults.NoContent();
    }

    private static async Task<bool> IsCounselorOfAsync(ClaimsPrincipal user, ICareGrain care) =>
        user.IsInRole(Roles.Counselor) && await care.HasCounselorAsync(user.UserId());

    private static async Task<bool> IsStaffForAsync(ClaimsPrincipal user, ICareGrain care) =>
        user.IsInRole(Roles.Operator) || await IsCounselorOfAsync(user, care);

    private static ProblemHttpResult NotFound() => Problem.Of("not-found", "There is no client with this id among your clients.");
}
