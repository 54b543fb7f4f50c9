using Counseling.Api.Auth;
using Counseling.Api.Contracts;
using Counseling.Api.Problems;
using Counseling.GrainInterfaces.Accounts;
using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using System.Security.Claims;

namespace Counseling.Api.Apis;

/// <summary>Booking and the appointment lifecycle. Who may do what is decided by the grains; this maps it to HTTP.</summary>
public static class AppointmentsApi
{
    public const string Route = "/api/appointments";

    public static IEndpointRouteBuilder MapAppointmentsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Route).WithTags("Appointments").RequireAuthorization(Policies.AnyUser);
        group.MapPost("", HoldAsync).WithName("HoldSlot").RequireAuthorization(Policies.ClientOnly)
            .WithSummary("Hold a free slot for a few minutes; pay through /checkout to book it.");
        group.MapGet("", ListAsync).WithName("ListAppointments")
            .WithSummary("My appointments: scope=upcoming (default) or past.");
        group.MapGet("/{appointmentId:guid}", GetAsync).WithName("GetAppointment");
        group.MapPost("/{appointmentId:guid}/cancel", CancelAsync).WithName("CancelAppointment")
            .WithSummary("Cancel (client or counselor); inside the window a client's cancellation is late and the fee is kept.");
        group.MapPost("/{appointmentId:guid}/reschedule", RescheduleAsync).WithName("RescheduleAppointment").RequireAuthorization(Policies.ClientOnly)
            .WithSummary("Move a confirmed appointment to another free slot; the new one links the old.");
        group.MapPost("/{appointmentId:guid}/no-show", NoShowAsync).WithName("ReportNoShow")
            .WithSummary("After the start: report the other participant absent.");
        group.MapPost("/{appointmentId:guid}/complete", CompleteAsync).WithName("CompleteAppointment").RequireAuthorization(Policies.CounselorOnly)
            .WithSummary("The counselor closes a session that took place.");
        return app;
    }

    private static async Task<Results<Created<AppointmentSummary>, ProblemHttpResult>> HoldAsync(BookRequest request, ClaimsPrincipal user, IClusterClient cluster, HttpContext http)
    {
        if (request.CounselorId == Guid.Empty)
        {
            return Problem.Validation("counselorId", "Choose a counselor.");
        }

        var clientId = user.UserId();
        var client = await cluster.GetGrain<IUserGrain>(clientId).GetProfileAsync();
        var result = await cluster.GetGrain<ICounselorGrain>(request.CounselorId).HoldAsync(
            new HoldRequest(clientId, client?.DisplayName ?? "A client", request.Start, request.SessionMinutes, request.Modality));
        return result.CreatedOrProblem(a => $"{Route}/{a.Id}");
    }

    private static async Task<Ok<AppointmentSummary[]>> ListAsync(ClaimsPrincipal user, IClusterClient cluster, TimeProvider clock, string? scope)
    {
        var all = await cluster.GetGrain<IAppointmentBookGrain>(user.UserId()).ListAsync();
        var past = string.Equals(scope, "past", StringComparison.OrdinalIgnoreCase);
        return TypedResults.Ok(past ? AppointmentViews.Past(all, clock.GetUtcNow()) : AppointmentViews.Upcoming(all, clock.GetUtcNow()));
    }

    private static async Task<Results<Ok<AppointmentSummary>, ProblemHttpResult>> GetAsync(Guid appointmentId, ClaimsPrincipal user, IClusterClient cluster)
    {
        var appointment = await cluster.GetGrain<IAppointmentGrain>(appointmentId).GetAsync(user.UserId());
        return appointment is null ? Problem.Of("not-found", "There is no such appointment among yours.") : TypedResults.Ok(appointment);
    }

    private static async Task<Results<Ok<AppointmentSummary>, ProblemHttpResult>> CancelAsync(Guid appointmentId, CancelRequest? request, ClaimsPrincipal user, IClusterClient cluster) =>
        Map(await cluster.GetGrain<IAppointmentGrain>(appointmentId).CancelAsync(user.UserId(), request?.Reason));

    private static async Task<Results<Created<AppointmentSummary>, ProblemHttpResult>> RescheduleAsync(Guid appointmentId, RescheduleRequest request, ClaimsPrincipal user, IClusterClient cluster)
    {
        var result = await cluster.GetGrain<IAppointmentGrain>(appointmentId).RescheduleAsync(user.UserId(), request.Start);
        return result.CreatedOrProblem(a => $"{Route}/{a.Id}");
    }

    private static async Task<Results<Ok<AppointmentSummary>, ProblemHttpResult>> NoShowAsync(Guid appointmentId, ClaimsPrincipal user, IClusterClient cluster) =>
        Map(await cluster.GetGrain<IAppointmentGrain>(appointmentId).MarkNoShowAsync(user.UserId()));

    private static async Task<Results<Ok<AppointmentSummary>, ProblemHttpResult>> CompleteAsync(Guid appointmentId, ClaimsPrincipal user, IClusterClient cluster) =>
        Map(await cluster.GetGrain<IAppointmentGrain>(appointmentId).CompleteAsync(user.UserId()));

    private static Results<Ok<AppointmentSummary>, ProblemHttpResult> Map(Result<AppointmentSummary> result) => result.OkOrProblem();
}
