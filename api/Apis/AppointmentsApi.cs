using System.Security.Claims;
using System.Text;
using Counseling.Api.Auth;
using Counseling.Api.Contracts;
using Counseling.Api.Problems;
using Counseling.Api.Scheduling;
using Counseling.GrainInterfaces.Accounts;
using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Counseling.Api.Apis;

/// <summary>Booking and the appointment lifecycle, paying for a held slot and its receipt. Who may do what is decided by the grains; this maps it to HTTP.</summary>
public static class AppointmentsApi
{
    public static IEndpointRouteBuilder MapAppointmentsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Routes.Appointments.Prefix);
        var lifecycle = group.MapGroup(Routes.Root).WithTags("Appointments").RequireAuthorization(Policies.AnyUser);
        lifecycle.MapPost(Routes.Root, HoldAsync).WithName("HoldSlot").RequireAuthorization(Policies.ClientOnly)
            .WithSummary("Hold a free slot for a few minutes; pay through /checkout to book it.");
        lifecycle.MapGet(Routes.Root, ListAsync).WithName("ListAppointments")
            .WithSummary("My appointments: scope=upcoming (default) or past.");
        lifecycle.MapGet(Routes.Appointments.ByIdTemplate, GetAsync).WithName("GetAppointment");
        lifecycle.MapGet(Routes.Appointments.CancellationTemplate, QuoteCancellationAsync).WithName("QuoteCancellation")
            .WithSummary("What cancelling now would refund and keep, in money, before the participant confirms.");
        lifecycle.MapPost(Routes.Appointments.CancelTemplate, CancelAsync).WithName("CancelAppointment")
            .WithSummary("Cancel (client or counselor); inside the window a client's cancellation is late and the fee is kept.");
        lifecycle.MapPost(Routes.Appointments.RescheduleTemplate, RescheduleAsync).WithName("RescheduleAppointment").RequireAuthorization(Policies.ClientOnly)
            .WithSummary("Move a confirmed appointment to another free slot; the new one links the old.");
        lifecycle.MapPost(Routes.Appointments.NoShowTemplate, NoShowAsync).WithName("ReportNoShow")
            .WithSummary("After the start: report the other participant absent.");
        lifecycle.MapPost(Routes.Appointments.CompleteTemplate, CompleteAsync).WithName("CompleteAppointment").RequireAuthorization(Policies.CounselorOnly)
            .WithSummary("The counselor closes a session that took place; well before its scheduled end, with a reason.");

        // Paying is the client's alone, and these are listed with payments and purchases rather than the lifecycle.
        var paying = group.MapGroup(Routes.Root).RequireAuthorization(Policies.ClientOnly);
        paying.MapPost(Routes.Appointments.CheckoutTemplate, CheckoutAsync).WithName("StartCheckout").WithTags("Payments")
            .WithSummary("Where to pay for a held slot; paying confirms the booking.");
        paying.MapPost(Routes.Appointments.RedeemTemplate, RedeemAsync).WithName("RedeemCredit").WithTags("Purchases")
            .WithSummary("Confirms a held slot with a package credit (source 'package') or an included membership session (source 'membership').");
        paying.MapGet(Routes.Appointments.ReceiptTemplate, ReceiptAsync).WithName("GetReceipt").WithTags("Payments")
            .WithSummary("The receipt of a paid appointment as a printable HTML page.");
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
        return result.CreatedOrProblem(a => Routes.Appointments.ById(a.Id));
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
        return result.CreatedOrProblem(a => Routes.Appointments.ById(a.Id));
    }

    private static async Task<Results<Ok<AppointmentSummary>, ProblemHttpResult>> NoShowAsync(Guid appointmentId, ClaimsPrincipal user, IClusterClient cluster) =>
        Map(await cluster.GetGrain<IAppointmentGrain>(appointmentId).MarkNoShowAsync(user.UserId()));

    private static async Task<Results<Ok<AppointmentSummary>, ProblemHttpResult>> CompleteAsync(Guid appointmentId, CompleteRequest? request, ClaimsPrincipal user, IClusterClient cluster) =>
        Map(await cluster.GetGrain<IAppointmentGrain>(appointmentId).CompleteAsync(user.UserId(), request?.Reason));

    private static async Task<Results<Ok<CancellationQuote>, ProblemHttpResult>> QuoteCancellationAsync(Guid appointmentId, ClaimsPrincipal user, IClusterClient cluster) =>
        (await cluster.GetGrain<IAppointmentGrain>(appointmentId).QuoteCancellationAsync(user.UserId())).OkOrProblem();

    private static async Task<Results<Ok<CheckoutResponse>, ProblemHttpResult>> CheckoutAsync(Guid appointmentId, ClaimsPrincipal user, IClusterClient cluster, HttpContext http, IOptions<PaymentsApi.PaymentsSettings> settings)
    {
        var origin = $"{http.Request.Scheme}://{http.Request.Host}";
        var result = await cluster.GetGrain<IAppointmentGrain>(appointmentId).StartCheckoutAsync(user.UserId(),
            $"{origin}{Routes.WebPages.AppointmentPaid(appointmentId)}", $"{origin}{Routes.WebPages.Appointments}");
        return result.Value is { } link ? TypedResults.Ok(new CheckoutResponse(link.Url, settings.Value.Simulated, link.Amount)) : Problem.FromGrain(result.Error!);
    }

    private static async Task<Results<Ok<AppointmentSummary>, ProblemHttpResult>> RedeemAsync(Guid appointmentId, RedeemRequest request, ClaimsPrincipal user, IClusterClient cluster)
    {
        if (request.Source is not (PaymentMethods.Package or PaymentMethods.Membership))
        {
            return Problem.Validation("source", "Use \"package\" or \"membership\".");
        }

        var result = await cluster.GetGrain<IAppointmentGrain>(appointmentId).RedeemAsync(user.UserId(), request.Source);
        return result.OkOrProblem();
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ReceiptAsync(Guid appointmentId, ClaimsPrincipal user, IClusterClient cluster, string? tz)
    {
        var me = user.UserId();
        if (await cluster.GetGrain<IAppointmentGrain>(appointmentId).GetAsync(me) is not { } a || a.ReceiptPaymentFor(me) is not { } payment)
        {
            return Problem.Of("not-found", "There is no paid appointment with this id among yours.");
        }

        var (zone, clock) = ViewerTime.ReaderZone(await cluster.GetGrain<IUserGrain>(me).GetProfileAsync(), tz);
        return TypedResults.Content(ReceiptPages.Appointment(a, payment, at => ViewerTime.ForReader(at, zone, clock)), ReceiptPages.ContentType, Encoding.UTF8);
    }

    private static Results<Ok<AppointmentSummary>, ProblemHttpResult> Map(Result<AppointmentSummary> result) => result.OkOrProblem();
}
