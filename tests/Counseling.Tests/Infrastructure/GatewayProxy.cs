using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Counseling.Tests.Infrastructure;

/// <summary>
/// Relays a silo's gateway port on loopback, so that a test can make the silo vanish the way a crashed host or a
/// lost network does: once <see cref="Blackhole"/> is called, connections stay open but nothing crosses them any more,
/// and nothing tells the clients, who only find out by waiting. (A silo killed inside the test process closes its
/// sockets, which clients notice at once.)
/// </summary>
public sealed class GatewayProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentBag<TcpClient> _sockets = [];
    private volatile bool _blackholed;
    private Task _accepting = Task.CompletedTask;

    private GatewayProxy()
    {
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The silo's real gateway port, set when the silo is configured.</summary>
    public int TargetPort { get; set; }

    public static GatewayProxy Start()
    {
        var proxy = new GatewayProxy();
        proxy._listener.Start();
        proxy._accepting = proxy.AcceptAsync();
        return proxy;
    }

    public void Blackhole() => _blackholed = true;

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient downstream;
            try
            {
                downstream = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }

            _sockets.Add(downstream);
            if (_blackholed)
            {
                continue; // accepted, never answered
            }

            var upstream = new TcpClient();
            _sockets.Add(upstream);
            try
            {
                await upstream.ConnectAsync(IPAddress.Loopback, TargetPort, _stop.Token);
            }
            catch (Exception) when (!_stop.IsCancellationRequested)
            {
                downstream.Dispose(); // the silo is not listening (yet): a refused connection, as without a proxy
                continue;
            }

            _ = PumpAsync(downstream, upstream);
            _ = PumpAsync(upstream, downstream);
        }
    }

    private async Task PumpAsync(TcpClient source, TcpClient target)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            var from = source.GetStream();
            var to = target.GetStream();
            while (true)
            {
                var read = await from.ReadAsync(buffer, _stop.Token);
                if (_blackholed)
                {
                    return; // swallow this and everything after; leave both sockets open
                }

                if (read == 0)
                {
                    break;
                }

                await to.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
            }
        }
        catch (Exception) when (_blackholed || _stop.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // one end went away: close the other, as the two ends would see it without a proxy
        }

        if (!_blackholed)
        {
            source.Dispose();
            target.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        foreach (var socket in _sockets)
        {
            socket.Dispose();
        }

        _stop.Dispose();
    }
}
