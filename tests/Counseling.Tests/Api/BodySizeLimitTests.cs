using System.Net;
using System.Net.Sockets;
using System.Text;
using Counseling.Api.Apis;
using Counseling.Tests.Infrastructure;

namespace Counseling.Tests.Api;

/// <summary>
/// A body over the limit is refused with 413 by a real Kestrel node. The node then closes the connection (it will
/// not read the rest of the body), so the response must say so: a keep-alive client would otherwise send its next
/// request down a socket that is being torn down.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class BodySizeLimitTests(PlatformFixture platform)
{
    [Fact]
    public async Task ATooLargeBodyIsRefusedWithConnectionCloseAndTheNextRequestGoesThrough()
    {
        await using var node = platform.NewApi();
        node.UseKestrel(0);
        node.StartServer();
        var address = node.ClientOptions.BaseAddress;

        using var socket = new TcpClient();
        await socket.ConnectAsync(IPAddress.Loopback, address.Port);
        var stream = socket.GetStream();
        var request = $"POST {Routes.Auth.Login} HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        var head = await ReadHeadAsync(stream);

        Assert.StartsWith("HTTP/1.1 413 ", head, StringComparison.Ordinal);
        Assert.Contains("\r\nConnection: close\r\n", head, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("application/problem+json", head, StringComparison.Ordinal);

        // A client that honours the header opens a new connection for its next request, which is answered.
        using var client = new HttpClient { BaseAddress = address };
        var tooLarge = await client.PostAsync(Routes.Auth.Login, new ByteArrayContent(new byte[AuthApi.MaxBodyBytes + 1]) { Headers = { { "Content-Type", "application/json" } } });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.True(tooLarge.Headers.ConnectionClose, "A 413 must carry Connection: close");
        var next = await client.GetAsync(Routes.HealthLive);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    private static async Task<string> ReadHeadAsync(NetworkStream stream)
    {
        var received = new StringBuilder();
        var buffer = new byte[4096];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30)); // bounds a failing test only
        while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var n = await stream.ReadAsync(buffer, timeout.Token);
            if (n == 0)
            {
                break;
            }

            received.Append(Encoding.ASCII.GetString(buffer, 0, n));
        }

        return received.ToString();
    }
}
