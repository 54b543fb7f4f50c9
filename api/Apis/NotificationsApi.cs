using System.Security.Claims;
using Counseling.Api.Auth;
using Counseling.Api.Contracts;
using Counseling.GrainInterfaces.Notifications;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Apis;

/// <summary>A user's inbox of notifications (the live ones arrive through the notifications hub).</summary>
public static class NotificationsApi
{
    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Routes.Notifications.Prefix).WithTags("Notifications").RequireAuthorization(Policies.AnyUser);
        group.MapGet(Routes.Root, ListAsync).WithName("ListNotifications").WithSummary("My notifications, newest first, with the unread count.");
        group.MapPost(Routes.Notifications.ReadTemplate, MarkReadAsync).WithName("MarkNotificationsRead").WithSummary("Mark the given notifications read (all when none are given).");
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
