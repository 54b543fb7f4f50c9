using System.Security.Claims;
using Counseling.Api.Auth;
using Counseling.Api.Contracts;
using Counseling.Api.Crisis;
using Counseling.Api.Fhir;
using Counseling.Api.Problems;
using Counseling.GrainInterfaces.Assessments;
using Counseling.GrainInterfaces.Matching;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Counseling.Api.Apis;

/// <summary>
/// A client's own self-assessments: submit (scored at once, with crisis lines when an answer is flagged), read back,
/// and export as FHIR for a clinic's record system.
/// </summary>
public static class AssessmentsApi
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static IEndpointRouteBuilder MapAssessmentsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Routes.Assessments.Prefix).WithTags("Assessments");
        group.MapPost(Routes.Root, SubmitAsync).RequireAuthorization(Policies.ClientOnly).WithName("SubmitAssessment")
            .WithSummary("Submits answers to PHQ-9 or GAD-7; 201 with the total, band and flags. A repeated Idempotency-Key returns the first result.");
        group.MapGet(Routes.Root, HistoryAsync).RequireAuthorization(Policies.ClientOnly).WithName("ListMyAssessments")
            .WithSummary("The signed-in client's responses, newest first, optionally for one instrument.");
        group.MapGet(Routes.Assessments.ByIdTemplate, GetAsync).RequireAuthorization(Policies.ClientOnly).WithName("GetMyAssessment")
            .WithSummary("One of the signed-in client's responses.");
        group.MapGet(Routes.Assessments.FhirTemplate, FhirAsync).RequireAuthorization(Policies.AnyUser).WithName("ExportAssessmentFhir")
            .WithSummary("The response as a FHIR R4 Bundle: a QuestionnaireResponse and the total as a LOINC-coded Observation. For the client and their counselor.")
            .Produces<string>(StatusCodes.Status200OK, AssessmentFhir.MediaType);
        group.MapGet(Routes.Assessments.TrendsTemplate, TrendsAsync).RequireAuthorization(Policies.ClientOnly).WithName("GetMyTrends")
            .WithSummary("Per instrument, the signed-in client's totals over time with the bands, and each episode's change from baseline, response and remission.");
        group.MapGet(Routes.Assessments.ScheduleTemplate, ScheduleAsync).RequireAuthorization(Policies.ClientOnly).WithName("GetMyAssessmentSchedule")
            .WithSummary("What the signed-in client's counselor asks of them: the schedule and its check-ins, open ones first.");
        return app;
    }

    private static async Task<Results<Created<AssessmentResult>, ProblemHttpResult>> SubmitAsync(
        AssessmentRequest request, [FromHeader(Name = IdempotencyHeader)] string? idempotencyKey, ClaimsPrincipal user, IClusterClient cluster, CrisisResourceCatalog crisis)
    {
        if (idempotencyKey is { Length: 0 or > 200 })
        {
            return Problem.FromGrain(GrainInterfaces.Shared.DomainError.Invalid(IdempotencyHeader, "Send an Idempotency-Key of 1 to 200 characters, or none."));
        }

        var submitted = await cluster.GetGrain<ICareGrain>(user.UserId()).SubmitAsync(
            new AssessmentSubmission(request.Instrument, request.Answers, request.Difficulty, request.AppointmentId, idempotencyKey));
        if (submitted.Error is { } error)
        {
            return Problem.FromGrain(error);
        }

        var response = submitted.Value!;
        // Where the client lives (their intake) says which lines reach them better than the browser's settings do.
        var resources = response.HasFlag(AssessmentScore.SelfHarmRisk)
            ? crisis.For((await cluster.GetGrain<IIntakeGrain>(user.UserId()).GetAsync())?.Intake.Country ?? request.Country)
            : null;
        return TypedResults.Created(Routes.Assessments.ById(response.Id), AssessmentResult.From(response, resources));
    }

    private static async Task<Results<Ok<AssessmentResult[]>, ProblemHttpResult>> HistoryAsync(string? instrument, ClaimsPrincipal user, IClusterClient cluster)
    {
        if (instrument is not null && Instruments.Find(instrument) is null)
        {
            return Problem.FromGrain(GrainInterfaces.Shared.DomainError.Invalid("instrument", "Choose phq-9 or gad-7, or leave it out for both."));
        }

        var history = await cluster.GetGrain<ICareGrain>(user.UserId()).HistoryAsync(instrument);
        return TypedResults.Ok(history.Select(r => AssessmentResult.From(r)).ToArray());
    }

    private static async Task<Results<Ok<AssessmentResult>, ProblemHttpResult>> GetAsync(Guid responseId, ClaimsPrincipal user, IClusterClient cluster) =>
        await cluster.GetGrain<ICareGrain>(user.UserId()).FindAsync(responseId) is { } response
            ? TypedResults.Ok(AssessmentResult.From(response))
            : Problem.Of("not-found", "You have no assessment with this id.");

    private static async Task<Ok<AssessmentTrend[]>> TrendsAsync(ClaimsPrincipal user, IClusterClient cluster) =>
        TypedResults.Ok(await cluster.GetGrain<ICareGrain>(user.UserId()).TrendsAsync());

    private static async Task<Ok<ReassessmentSchedule>> ScheduleAsync(ClaimsPrincipal user, IClusterClient cluster) =>
        TypedResults.Ok(await cluster.GetGrain<IReassessmentGrain>(user.UserId()).GetAsync());

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> FhirAsync(Guid responseId, ClaimsPrincipal user, IClusterClient cluster, HttpRequest http)
    {
        var caller = user.UserId();
        var clientId = await cluster.GetGrain<IAssessmentLookupGrain>(0).ClientOfAsync(responseId);
        var care = clientId is { } id ? cluster.GetGrain<ICareGrain>(id) : null;

        // Someone else's response reads as missing, so an id says nothing about whether it exists.
        if (care is null || (caller != clientId && !(user.IsInRole(Roles.Counselor) && await care.HasCounselorAsync(caller)))
            || await care.FindAsync(responseId) is not { } response)
        {
            return Problem.Of("not-found", "There is no assessment with this id that you may read.");
        }

        var bundle = AssessmentFhir.ToBundle(response, new Uri($"{http.Scheme}://{http.Host}"));
        return TypedResults.Content(AssessmentFhir.Serialize(bundle), AssessmentFhir.MediaType);
    }
}
