using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Counseling.Tests.Infrastructure;

/// <summary>Official .NET SignalR clients connected to an in-process api node over its WebSocket endpoint.</summary>
public static class HubClients
{
    /// <summary>Waits for a message that matches; the generous limit only bounds a failing test, it measures nothing.</summary>
    public static async Task<T> NextAsync<T>(this System.Threading.Channels.Channel<T> channel, Func<T, bool> match)
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

    public static async Task<HubConnection> ConnectAsync<TEntry>(this WebApplicationFactory<TEntry> api, string path, string accessToken)
        where TEntry : class
    {
        var server = api.Server;
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, path.TrimStart('/')), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.AccessTokenProvider = () => Task.FromResult<string?>(accessToken);
                o.WebSocketFactory = async (context, cancellationToken) =>
                {
                    var client = server.CreateWebSocketClient();
                    client.ConfigureRequest = request => request.Headers.Authorization = $"Bearer {accessToken}";
                    return await client.ConnectAsync(context.Uri, cancellationToken);
                };
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower)))
            .Build();
        await connection.StartAsync();
        return connection;
    }
}
