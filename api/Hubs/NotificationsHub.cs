using Counseling.Api.Apis;
using Counseling.Api.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Counseling.Api.Hubs;

/// <summary>
/// Live notifications for the signed-in user. Thin: it only tells the node's relay who is connected; delivery
/// comes from the user's inbox grain through the relay's observer.
/// </summary>
[Authorize(Policy = Policies.AnyUser)]
public sealed class NotificationsHub(NotificationRelay relay) : Hub<INotificationsClient>
{
    public const string Route = "/hubs/notifications";

    public override async Task OnConnectedAsync()
    {
        await relay.ConnectedAsync(Context.User!.UserId());
        await base.OnConnectedAsync();
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        await relay.DisconnectedAsync(Context.User!.UserId());
        await base.OnDisconnectedAsync(exception);
    }
}

/// <summary>SignalR addresses users by the token's subject (the account id).</summary>
public sealed class SubjectUserIdProvider : IUserIdProvider
{
    public string? GetUserId(HubConnectionContext connection) => connection.User?.FindFirst("sub")?.Value;
}
