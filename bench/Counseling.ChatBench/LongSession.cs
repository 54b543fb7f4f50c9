using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.SignalR.Client;

namespace Counseling.ChatBench;

public sealed record AckRange(int From, int To, int Count, double MeanMs, double P50Ms, double P99Ms);

public sealed record LongSessionResult(int Wanted, int Sent, double Seconds, string? StoppedBecause, AckRange[] Ranges);

/// <summary>
/// One session, one message at a time (the next when the previous is acknowledged) up to N messages: does the
/// N-th message cost more than the 100th? The counselor is connected too, so every message is also pushed.
/// </summary>
public static class LongSession
{
    public static async Task<LongSessionResult> RunAsync(Hubs hubs, LiveSession session, int messages, TimeSpan timeLimit, int messageBytes)
    {
        await using var client = await hubs.ConnectAsync(hubs.SessionHub, session.ClientToken);
        await using var counselor = await hubs.ConnectAsync(hubs.SessionHub, session.CounselorToken);
        var received = 0;
        counselor.On<Relayed>("Message", _ => Interlocked.Increment(ref received));
        await client.InvokeAsync<System.Text.Json.JsonElement>("Join", session.Id, 0L);
        await counselor.InvokeAsync<System.Text.Json.JsonElement>("Join", session.Id, 0L);

        var acks = new long[messages];
        var padding = new string('x', messageBytes);
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(timeLimit.TotalSeconds * Stopwatch.Frequency);
        var sent = 0;
        string? stopped = null;
        for (var n = 1; n <= messages; n++)
        {
            if (Stopwatch.GetTimestamp() >= deadline)
            {
                stopped = $"time limit of {timeLimit.TotalSeconds:0} s reached";
                break;
            }

            var body = string.Create(CultureInfo.InvariantCulture, $"long {n} {padding}")[..messageBytes];
            var before = Stopwatch.GetTimestamp();
            try
            {
                await client.InvokeAsync<Ack>("Send", session.Id, $"long-{n}", body);
            }
            catch (Exception e)
            {
                stopped = $"message {n} failed: {e.GetType().Name}: {e.Message}";
                break;
            }

            acks[n - 1] = Stopwatch.GetTimestamp() - before;
            sent = n;
        }

        var seconds = Stats.Milliseconds(Stopwatch.GetTimestamp() - started) / 1000;
        var ranges = new List<AckRange>();
        foreach (var (from, to) in new[] { (51, 150), (messages / 2 - 49, messages / 2 + 50), (messages - 99, messages) })
        {
            if (from >= 1 && to <= sent && ranges.All(r => r.From != from))
            {
                var slice = acks[(from - 1)..to];
                var sorted = slice.Order().ToArray();
                ranges.Add(new AckRange(from, to, slice.Length, Stats.Milliseconds((long)slice.Average()), Stats.Percentile(sorted, 0.5), Stats.Percentile(sorted, 0.99)));
            }
        }

        return new LongSessionResult(messages, sent, seconds, stopped, [.. ranges]);
    }
}
