using Counseling.Api.Hubs;
using Counseling.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Counseling.Tests.Api;

/// <summary>
/// Hub calls with arguments of the wrong type or number, or text that cannot be stored, are answered with a coded
/// error that says which argument was wrong, and the connection stays usable.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class SessionHubArgumentTests(PlatformFixture platform)
{
    private static async Task<string> RefusalAsync(Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<HubException>(call);
        return error.Message;
    }

    [Fact]
    public async Task ATextWithANullCharacterIsRefusedWithACodeAndNothingIsStored()
    {
        var session = await platform.LiveSessionAsync();
        await using var client = await RoomClient.JoinAsync(platform.Api, session.Client.AccessToken, session.Id);

        var message = await RefusalAsync(() => client.SendAsync("nul-1", "before\u0000after"));

        Assert.Contains("bad-arguments: ", message, StringComparison.Ordinal);
        Assert.Contains("text", message, StringComparison.Ordinal);
        Assert.Contains("U+0000", message, StringComparison.Ordinal);
        var ack = await client.SendAsync("nul-2", "before after");
        Assert.Equal(1, ack.Sequence); // the refused text took no place in the transcript
    }

    [Fact]
    public async Task AnArgumentOfTheWrongTypeIsNamedInTheError()
    {
        var session = await platform.LiveSessionAsync();
        await using var client = await RoomClient.JoinAsync(platform.Api, session.Client.AccessToken, session.Id);

        var number = await RefusalAsync(() => client.Connection.InvokeAsync<SessionHub.SendAck>(nameof(SessionHub.Send), session.Id, "m-1", 12345));
        var notAGuid = await RefusalAsync(() => client.Connection.InvokeAsync<SessionHub.SendAck>(nameof(SessionHub.Send), "not-a-guid", "m-1", "hello"));

        Assert.Contains("bad-arguments: ", number, StringComparison.Ordinal);
        Assert.Contains("(text)", number, StringComparison.Ordinal);
        Assert.Contains("bad-arguments: ", notAGuid, StringComparison.Ordinal);
        Assert.Contains("(sessionId)", notAGuid, StringComparison.Ordinal);
        var ack = await client.SendAsync("m-2", "still connected");
        Assert.Equal(1, ack.Sequence);
    }

    [Fact]
    public async Task TooFewOrTooManyArgumentsAreCountedInTheError()
    {
        var session = await platform.LiveSessionAsync();
        await using var client = await RoomClient.JoinAsync(platform.Api, session.Client.AccessToken, session.Id);

        var tooFew = await RefusalAsync(() => client.Connection.InvokeAsync<SessionHub.SendAck>(nameof(SessionHub.Send), session.Id));
        var tooMany = await RefusalAsync(() => client.Connection.InvokeAsync(nameof(SessionHub.Typing), session.Id, "extra"));

        Assert.Contains("bad-arguments: ", tooFew, StringComparison.Ordinal);
        Assert.Contains("3 arguments", tooFew, StringComparison.Ordinal);
        Assert.Contains("1 was sent", tooFew, StringComparison.Ordinal);
        Assert.Contains("bad-arguments: ", tooMany, StringComparison.Ordinal);
        Assert.Contains("1 argument", tooMany, StringComparison.Ordinal);
        var ack = await client.SendAsync("m-3", "still connected");
        Assert.Equal(1, ack.Sequence);
    }

    [Fact]
    public async Task AnUnknownMethodIsNamedInTheError()
    {
        var session = await platform.LiveSessionAsync();
        await using var client = await RoomClient.JoinAsync(platform.Api, session.Client.AccessToken, session.Id);

        var unknown = await RefusalAsync(() => client.Connection.InvokeAsync("Teleport", session.Id));

        Assert.Contains("unknown-method: ", unknown, StringComparison.Ordinal);
        Assert.Contains("Teleport", unknown, StringComparison.Ordinal);
    }
}
