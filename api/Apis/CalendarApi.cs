using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Counseling.Api.Auth;
using Counseling.Api.Contracts;
using Counseling.Api.Problems;
using Counseling.GrainInterfaces.Booking;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.IdentityModel.Tokens;

namespace Counseling.Api.Apis;

/// <summary>
/// Appointments as iCalendar (RFC 5545): a download for the signed-in user, and a private feed URL that calendar
/// apps poll without signing in. The feed token is "{user id}.{secret}"; only its hash is stored, and issuing a
/// new one revokes the old.
/// </summary>
public static class CalendarApi
{
    public const string DownloadRoute = "/api/calendar.ics";
    public const string FeedRoute = "/api/calendar/feed";

    public static IEndpointRouteBuilder MapCalendarApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(DownloadRoute, DownloadAsync).WithName("DownloadCalendar").WithTags("Calendar")
            .WithSummary("My appointments as an .ics file.").RequireAuthorization(Policies.AnyUser);
        app.MapPost(FeedRoute, CreateFeedAsync).WithName("CreateCalendarFeed").WithTags("Calendar")
            .WithSummary("A private feed URL for calendar apps; replaces (revokes) any earlier one.").RequireAuthorization(Policies.AnyUser);
        app.MapDelete(FeedRoute, RevokeFeedAsync).WithName("RevokeCalendarFeed").WithTags("Calendar")
            .WithSummary("Revoke the private feed URL.").RequireAuthorization(Policies.AnyUser);
        app.MapGet("/calendar/{token}.ics", FeedAsync).WithName("CalendarFeed").WithTags("Calendar")
            .WithSummary("The private feed (no sign-in; the token is the credential).").AllowAnonymous();
        return app;
    }

    private static async Task<FileContentHttpResult> DownloadAsync(ClaimsPrincipal user, IClusterClient cluster) =>
        Ics(await cluster.GetGrain<IAppointmentBookGrain>(user.UserId()).ListAsync(), user.UserId(), attachment: true);

    private static async Task<Ok<CalendarFeedResponse>> CreateFeedAsync(ClaimsPrincipal user, IClusterClient cluster, HttpContext http)
    {
        var userId = user.UserId();
        var token = $"{userId:N}.{Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32))}";
        await cluster.GetGrain<IAppointmentBookGrain>(userId).SetCalendarFeedTokenHashAsync(Hash(token));
        return TypedResults.Ok(new CalendarFeedResponse($"{http.Request.Scheme}://{http.Request.Host}/calendar/{token}.ics"));
    }

    private static async Task<NoContent> RevokeFeedAsync(ClaimsPrincipal user, IClusterClient cluster)
    {
        await cluster.GetGrain<IAppointmentBookGrain>(user.UserId()).SetCalendarFeedTokenHashAsync(null);
        return TypedResults.NoContent();
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> FeedAsync(string token, IClusterClient cluster)
    {
        if (token.Length > 200 || !TokenService.TryReadRefreshTokenOwner(token, out var userId))
        {
            return Problem.Of("not-found", "This calendar feed does not exist or was revoked.");
        }

        var book = cluster.GetGrain<IAppointmentBookGrain>(userId);
        if (!await book.IsCalendarFeedTokenAsync(Hash(token)))
        {
            return Problem.Of("not-found", "This calendar feed does not exist or was revoked.");
        }

        return Ics(await book.ListAsync(), userId, attachment: false);
    }

    private static FileContentHttpResult Ics(IEnumerable<AppointmentSummary> appointments, Guid viewer, bool attachment)
    {
        var calendar = new Calendar { ProductId = "-//Counseling//Appointments//EN" };
        calendar.AddProperty("X-WR-CALNAME", "Counseling sessions");
        foreach (var a in appointments.Where(a => a.Status.IsOnCalendar()))
        {
            var withWhom = viewer == a.CounselorId ? a.ClientName : a.CounselorName;
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{a.Id:N}@counseling",
                Summary = $"Counseling session with {withWhom} ({a.Modality.ToString().ToLowerInvariant()})",
                Description = "Join from your appointments page a few minutes before the start.",
                DtStart = new CalDateTime(a.Start.UtcDateTime),
                DtEnd = new CalDateTime(a.End.UtcDateTime),
                DtStamp = new CalDateTime(a.CreatedAt.UtcDateTime),
                Status = a.Status.TakesPlace() ? EventStatus.Confirmed : EventStatus.Cancelled,
            });
        }

        var body = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return TypedResults.File(Encoding.UTF8.GetBytes(body), "text/calendar; charset=utf-8", attachment ? "counseling.ics" : null);
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
