using System.Threading.Channels;
using Counseling.Api.Hubs;
using Counseling.GrainInterfaces.Notifications;
using Counseling.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace Counseling.Tests.Api;

[Collection(PlatformCollection.Name)]
public sealed class NotificationHubTests(PlatformFixture platform)
{
    [Fact]
    public async Task ACounselorOnOneApiNodeHearsOfABookingMadeThroughAnother()
    {
        var counselor = await platform.BookableCounselorAsync();
        await using var counselorNode = platform.NewApi();
        await using var clientNode = platform.NewApi();
        await using var hub = await counselorNode.ConnectAsync(NotificationsHub.Route, counselor.Auth.AccessToken);
        var received = Channel.CreateUnbounded<Notification>();
        hub.On<Notification>(nameof(INotificationsClient.Notification), n => received.Writer.TryWrite(n));

        var clientAuth = await platform.RegisterAsync("client", displayName: "Remote Booker");
        using var client = clientNode.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", clientAuth.AccessToken);
        var booked = await client.BookAsync(counselor.Id, Scenario.SlotAhead(TimeSpan.FromDays(9)));

        var notification = await NextAsync(received, n => n.Kind == NotificationKinds.BookingConfirmed);
        Assert.Equal(booked.Id, notification.AppointmentId);
        Assert.Contains("Remote Booker", notification.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AUserConnectedTwiceGetsTheNotificationOnBothConnections()
    {
        var counselor = await platform.BookableCounselorAsync();
        await using var first = await platform.Api.ConnectAsync(NotificationsHub.Route, counselor.Auth.AccessToken);
        await using var otherNode = platform.NewApi();
        await using var second = await otherNode.ConnectAsync(NotificationsHub.Route, counselor.Auth.AccessToken);
        var a = Channel.CreateUnbounded<Notification>();
        var b = Channel.CreateUnbounded<Notification>();
        first.On<Notification>(nameof(INotificationsClient.Notification), n => a.Writer.TryWrite(n));
        second.On<Notification>(nameof(INotificationsClient.Notification), n => b.Writer.TryWrite(n));

        var client = platform.CreateClient((await platform.RegisterAsync("client")).AccessToken);
        var booked = await client.BookAsync(counselor.Id, Scenario.SlotAhead(TimeSpan.FromDays(10)));

        Assert.Equal(booked.Id, (await NextAsync(a, n => n.Kind == NotificationKinds.BookingConfirmed)).AppointmentId);
        Assert.Equal(booked.Id, (await NextAsync(b, n => n.Kind == NotificationKinds.BookingConfirmed)).AppointmentId);
    }

    [Fact]
    public async Task TheHubRefusesConnectionsWithoutAToken()
    {
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => platform.Api.ConnectAsync(NotificationsHub.Route, "not-a-token"));
        Assert.Contains("401", refused.Message, StringComparison.Ordinal);
    }

    /// <summary>Waits for a matching message; the generous limit only bounds a failing test, it measures nothing.</summary>
    private static async Task<Notification> NextAsync(Channel<Notification> channel, Func<Notification, bool> match)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var next = await channel.Reader.ReadAsync(timeout.Token);
            if (match(next))
            {
                return next;
            }
        }
    }
}
