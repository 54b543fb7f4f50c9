using System.Security.Claims;
using System.Security.Cryptography;
using Counseling.Api.Auth;
using Counseling.Api.Contracts;
using Counseling.GrainInterfaces.Booking;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.IdentityModel.Tokens;

namespace Counseling.Api.Apis;

/// <summary>
/// A private feed URL that calendar apps poll without signing in. The token is "{user id}.{secret}"; only its hash
/// is stored, and issuing a new one revokes the old.
/// </summary>
public static class CalendarFeedApi
{
    public static IEndpointRouteBuilder MapCalendarFeedApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Routes.CalendarFeed.Prefix).WithTags("Calendar").RequireAuthorization(Policies.AnyUser);
        group.MapPost(Routes.Root, CreateFeedAsync).WithName("CreateCalendarFeed")
            .WithSummary("A private feed URL for calendar apps; replaces (revokes) any earlier one.");
        group.MapDelete(Routes.Root, RevokeFeedAsync).WithName("RevokeCalendarFeed").WithSummary("Revoke the private feed URL.");
        return app;
    }

    private static async Task<Ok<CalendarFeedResponse>> CreateFeedAsync(ClaimsPrincipal user, IClusterClient cluster, HttpContext http)
    {
        var userId = user.UserId();
        var token = $"{userId:N}.{Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32))}";
        await cluster.GetGrain<IAppointmentBookGrain>(userId).SetCalendarFeedTokenHashAsync(CalendarFiles.Hash(token));
        return TypedResults.Ok(new CalendarFeedResponse($"{http.Request.Scheme}://{http.Request.Host}{Routes.PublicCalendar.Feed(token)}"));
    }

    private static async Task<NoContent> RevokeFeedAsync(ClaimsPrincipal user, IClusterClient cluster)
    {
        await cluster.GetGrain<IAppointmentBookGrain>(user.UserId()).SetCalendarFeedTokenHashAsync(null);
        return TypedResults.NoContent();
    }
}
