using System.Security.Claims;
using Counseling.Api.Auth;
using Counseling.Api.Contracts;
using Counseling.GrainInterfaces.Notifications;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Apis;

public static class NotificationsApi
{
    public const string Route = "/api/notifications";

    public sealed record InboxResponse(int Unread, Notification[] Items);

    public sealed record UnreadResponse(int Unread);

    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Route).WithTags("Notifications").RequireAuthorization(Policies.AnyUser);
        group.MapGet("", ListAsync).WithName("ListNotifications").WithSummary("My notifications, newest first, with the unread count.");
        group.MapPost("/read", MarkReadAsync).WithName("MarkNotificationsRead").WithSummary("Mark the given notifications read (all when none are given).");
        return app;
    }

    private static async Task<Ok<InboxResponse>> ListAsync(ClaimsPrincipal user, IClusterClient cluster, int? limit)
    {
        var inbox = cluster.GetGrain<IInboxGrain>(user.UserId());
        return TypedResults.Ok(new InboxResponse(await inbox.UnreadCountAsync(), await inbox.ListAsync(limit ?? 50)));
    }

    private static async Task<Ok<UnreadResponse>> MarkReadAsync(MarkReadRequest? request, ClaimsPrincipal user, IClusterClient cluster) =>
        TypedResults.Ok(new UnreadResponse(await cluster.GetGrain<IInboxGrain>(user.UserId()).MarkReadAsync(request?.Ids ?? [])));
}
