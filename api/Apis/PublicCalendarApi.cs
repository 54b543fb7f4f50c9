using Counseling.Api.Auth;
using Counseling.Api.Problems;
using Counseling.GrainInterfaces.Booking;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Apis;

/// <summary>The private calendar feeds, for calendar apps that cannot sign in: the token in the address is the credential.</summary>
public static class PublicCalendarApi
{
    public static IEndpointRouteBuilder MapPublicCalendarApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Routes.PublicCalendar.Prefix).WithTags("Calendar").AllowAnonymous();
        group.MapGet(Routes.PublicCalendar.FeedTemplate, FeedAsync).WithName("CalendarFeed")
            .WithSummary("The private feed (no sign-in; the token is the credential).");
        return app;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> FeedAsync(string token, IClusterClient cluster, HttpRequest http)
    {
        if (token.Length > 200 || !TokenService.TryReadRefreshTokenOwner(token, out var userId))
        {
            return Problem.Of("not-found", "This calendar feed does not exist or was revoked.");
        }

        var book = cluster.GetGrain<IAppointmentBookGrain>(userId);
        if (!await book.IsCalendarFeedTokenAsync(CalendarFiles.Hash(token)))
        {
            return Problem.Of("not-found", "This calendar feed does not exist or was revoked.");
        }

        return CalendarFiles.Ics(await book.ListAsync(), userId, attachment: false, new Uri($"{http.Scheme}://{http.Host}"));
    }
}
