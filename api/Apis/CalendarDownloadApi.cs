using System.Security.Claims;
using Counseling.Api.Auth;
using Counseling.GrainInterfaces.Booking;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Apis;

/// <summary>The signed-in user's appointments as an iCalendar (RFC 5545) file.</summary>
public static class CalendarDownloadApi
{
    public static IEndpointRouteBuilder MapCalendarDownloadApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Routes.CalendarDownload.Prefix).WithTags("Calendar").RequireAuthorization(Policies.AnyUser);
        group.MapGet(Routes.Root, DownloadAsync).WithName("DownloadCalendar").WithSummary("My appointments as an .ics file.");
        return app;
    }

    private static async Task<FileContentHttpResult> DownloadAsync(ClaimsPrincipal user, IClusterClient cluster, HttpRequest http) =>
        CalendarFiles.Ics(await cluster.GetGrain<IAppointmentBookGrain>(user.UserId()).ListAsync(), user.UserId(), attachment: true, new Uri($"{http.Scheme}://{http.Host}"));
}
