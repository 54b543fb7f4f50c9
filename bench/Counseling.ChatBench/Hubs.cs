using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Counseling.ChatBench;

/// <summary>
/// Opens official .NET SignalR client connections over WebSockets (no negotiate round trip) to the api's session hub
/// or to the baseline relay's hub (its own host, bench/Counseling.BaselineRelay). Each socket is bound to the next
/// source address in 127.0.0.2..127.0.0.255, so ten thousand connections do not exhaust the ephemeral ports of one
/// address pair. Everything stays on the loopback network.
/// </summary>
public sealed class Hubs(Uri api, Uri baseline) : IDisposable
{
    public const string SessionRoute = "/hubs/session";
    public const string BaselineRoute = "/hubs/baseline";

    public Uri SessionHub { get; } = new(api, SessionRoute);

    public Uri BaselineHub { get; } = new(baseline, BaselineRoute);

    private const int FirstSource = 2;
    private const int Sources = 254; // 127.0.0.2 .. 127.0.0.255

    private readonly HttpMessageInvoker _invoker = new(new SocketsHttpHandler
    {
        ConnectCallback = ConnectFromNextSourceAsync,
        ConnectTimeout = TimeSpan.FromSeconds(30),
    });

    private static int _next = -1;

    public async Task<HubConnection> ConnectAsync(Uri hub, string accessToken, CancellationToken cancellationToken = default)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(hub, HttpTransportType.WebSockets, o =>
            {
                o.SkipNegotiation = true;
                o.WebSocketFactory = async (context, ct) =>
                {
                    var socket = new ClientWebSocket();
                    try
                    {
                        socket.Options.SetRequestHeader("Authorization", $"Bearer {accessToken}");
                        await socket.ConnectAsync(context.Uri, _invoker, ct);
                        return socket;
                    }
                    catch
                    {
                        socket.Dispose();
                        throw;
                    }
                };
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower)))
            .Build();
        try
        {
            await connection.StartAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async ValueTask<Stream> ConnectFromNextSourceAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var n = (uint)Interlocked.Increment(ref _next) % Sources;
        var source = new IPAddress([127, 0, 0, (byte)(FirstSource + n)]);
        var target = IPAddress.Parse(context.DnsEndPoint.Host);
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            socket.Bind(new IPEndPoint(source, 0));
            await socket.ConnectAsync(new IPEndPoint(target, context.DnsEndPoint.Port), cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public void Dispose() => _invoker.Dispose();
}
