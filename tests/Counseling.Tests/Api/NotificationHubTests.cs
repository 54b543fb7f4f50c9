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

        var notification = await received.NextAsync(n => n.Kind == NotificationKinds.BookingConfirmed);
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

        Assert.Equal(booked.Id, (await a.NextAsync(n => n.Kind == NotificationKinds.BookingConfirmed)).AppointmentId);
        Assert.Equal(booked.Id, (await b.NextAsync(n => n.Kind == NotificationKinds.BookingConfirmed)).AppointmentId);
    }

    [Fact]
    public async Task TheHubRefusesConnectionsWithoutAToken()
    {
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => platform.Api.ConnectAsync(NotificationsHub.Route, "not-a-token"));
        Assert.Contains("401", refused.Message, StringComparison.Ordinal);
    }
}
