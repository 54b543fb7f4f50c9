using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;

namespace Counseling.ChatBench;

public sealed record CapacityResult(int Wanted, int Connected, int StillOpen, int Failed, double Seconds, string? StoppedBecause, string? FirstError,
    long? RssBefore, long? RssAfter, int? FilesBefore, int? FilesAfter)
{
    public double? RssPerConnection => RssBefore is { } b && RssAfter is { } a && StillOpen > 0 ? (double)(a - b) / StillOpen : null;
}

/// <summary>
/// Opens authenticated session-hub connections (WebSocket, idle: connected but not joined to a session) until the
/// cap, the time limit, or a run of failures; holds them for a few seconds; counts how many are still open and
/// what the api's resident memory grew by.
/// </summary>
public static class ConnectionCapacity
{
    public static async Task<CapacityResult> RunAsync(Hubs hubs, string[] tokens, int wanted, TimeSpan timeLimit, int parallelism, ProcessMeter meter)
    {
        var rssBefore = meter.ApiResidentBytes();
        var filesBefore = meter.ApiOpenFiles();
        var open = new ConcurrentBag<HubConnection>();
        var failed = 0;
        var failedInARow = 0;
        string? firstError = null;
        string? stopped = null;
        var next = -1;
        using var deadline = new CancellationTokenSource(timeLimit);
        var started = Stopwatch.GetTimestamp();

        async Task Worker()
        {
            while (!deadline.IsCancellationRequested && Volatile.Read(ref failedInARow) < 500)
            {
                var n = Interlocked.Increment(ref next);
                if (n >= wanted)
                {
                    return;
                }

                try
                {
                    var connection = await hubs.ConnectAsync(hubs.SessionHub, tokens[n % tokens.Length], deadline.Token);
                    open.Add(connection);
                    Volatile.Write(ref failedInARow, 0);
                }
                catch (Exception e) when (!deadline.IsCancellationRequested)
                {
                    Interlocked.Increment(ref failed);
                    Interlocked.Increment(ref failedInARow);
                    Interlocked.CompareExchange(ref firstError, $"{e.GetType().Name}: {e.Message}", null);
                }
                catch (Exception)
                {
                    return; // the time limit cancelled this attempt
                }

                if (n % 1000 == 999)
                {
                    Console.Error.WriteLine($"    {open.Count} connections open after {Stats.Milliseconds(Stopwatch.GetTimestamp() - started) / 1000:0.0} s");
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, parallelism).Select(_ => Task.Run(Worker)));
        var seconds = Stats.Milliseconds(Stopwatch.GetTimestamp() - started) / 1000;
        if (open.Count < wanted)
        {
            stopped = deadline.IsCancellationRequested ? $"time limit of {timeLimit.TotalSeconds:0} s reached"
                : failedInARow >= 500 ? "500 connection attempts in a row failed" : "attempts ended";
        }

        // Hold them across a keep-alive interval of the server (15 s) so a connection that cannot be kept shows up.
        await Task.Delay(TimeSpan.FromSeconds(16));
        var stillOpen = open.Count(c => c.State == HubConnectionState.Connected);
        var rssAfter = meter.ApiResidentBytes();
        var filesAfter = meter.ApiOpenFiles();

        Console.Error.WriteLine($"    closing {open.Count} connections");
        using var closing = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var gate = new SemaphoreSlim(256);
        try
        {
            await Task.WhenAll(open.Select(async c =>
            {
                await gate.WaitAsync(closing.Token);
                try
                {
                    await c.DisposeAsync();
                }
                finally
                {
                    gate.Release();
                }
            })).WaitAsync(closing.Token);
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("    closing took over 60 s; leaving the rest to process exit");
        }

        return new CapacityResult(wanted, open.Count, stillOpen, failed, seconds, stopped, firstError, rssBefore, rssAfter, filesBefore, filesAfter);
    }
}
