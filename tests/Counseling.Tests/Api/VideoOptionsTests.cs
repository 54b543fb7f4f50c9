using System.Security.Cryptography;
using System.Text;
using Counseling.Api.Hubs;

namespace Counseling.Tests.Api;

public sealed class VideoOptionsTests
{
    [Fact]
    public void TurnCredentialsAreMintedPerUserWithTheSharedSecretAndExpire()
    {
        var options = new VideoOptions
        {
            IceServers = [new IceServer { Urls = ["stun:stun.example.org:3478"] }],
            TurnUrls = ["turn:turn.example.org:3478"],
            TurnSecret = "shared-secret",
            TurnCredentialLifetime = TimeSpan.FromHours(2),
        };
        var user = Guid.NewGuid();
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);

        var servers = options.For(user, now);

        Assert.Equal(2, servers.Length);
        var turn = servers[1];
        Assert.Equal($"{now.AddHours(2).ToUnixTimeSeconds()}:{user:N}", turn.Username);
#pragma warning disable CA5350 // the TURN REST scheme is defined with HMAC-SHA1
        var expected = Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes("shared-secret"), Encoding.UTF8.GetBytes(turn.Username!)));
#pragma warning restore CA5350
        Assert.Equal(expected, turn.Credential);
        Assert.NotEqual(turn.Username, options.For(Guid.NewGuid(), now)[1].Username);
    }
}
