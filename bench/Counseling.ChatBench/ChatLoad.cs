using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.SignalR.Client;

namespace Counseling.ChatBench;

/// <summary>What both hubs push: only the text is read (it carries the phase, the sender and the send time).</summary>
public sealed record Relayed(string Body);

/// <summary>What both hubs return from Send.</summary>
public sealed record Ack(long Sequence);

/// <summary>The ways a message can go: what the generator compares.</summary>
public enum RelayPath
{
    /// <summary>The product: the session hub, the chat session grain, PostgreSQL, the relay back to the api node.</summary>
    Grains,

    /// <summary>The baseline hub: straight from one connection to the other, nothing stored.</summary>
    Baseline,

    /// <summary>The baseline hub's SendDurable: the same, plus a group-committed insert before the ack. No grains.</summary>
    DurableBaseline,
}

public enum Mode
{
    FixedRate,
    Saturation,
}

/// <summary>One measured phase: what was sent, acknowledged and delivered to the partner, how late, at what CPU cost.</summary>
public sealed class PhaseResult(string path, Mode mode, int participants, double seconds, long sent, long acked, long errors, string? firstError,
    long delivered, long duplicates, long[] latencies, CpuSample cpu, double elapsed)
{
    public string Path { get; } = path;

    public Mode Mode { get; } = mode;

    public int Participants { get; } = participants;

    public double Seconds { get; } = seconds;

    public long Sent { get; } = sent;

    public long Acked { get; } = acked;

    public long Errors { get; } = errors;

    public string? FirstError { get; } = firstError;

    public long Delivered { get; } = delivered;

    /// <summary>Pushes of a message the partner had already received (not counted as delivered).</summary>
    public long Duplicates { get; } = duplicates;

    public CpuSample Cpu { get; } = cpu;

    /// <summary>Wall-clock seconds over which <see cref="Cpu"/> was measured: the phase and its drain.</summary>
    public double Elapsed { get; } = elapsed;

    public double Throughput => Delivered / Seconds;

    public double P50 { get; } = Stats.Percentile(latencies, 0.50);

    public double P99 { get; } = Stats.Percentile(latencies, 0.99);

    public double P999 { get; } = Stats.Percentile(latencies, 0.999);

    public double Max { get; } = latencies.Length == 0 ? double.NaN : Stats.Milliseconds(latencies[^1]);

    /// <summary>CPU seconds of the api, the silo and the baseline relay's host per 1,000 delivered messages.</summary>
    public double CpuPerThousand => Cpu.Servers / Delivered * 1000;

    public double PostgresPerThousand => Cpu.Postgres / Delivered * 1000;

    public double GeneratorPerThousand => Cpu.Generator / Delivered * 1000;
}

/// <summary>
/// The participants of N live sessions on one hub (the session hub through the grains, or the baseline relay), and
/// the fixed-rate and saturation phases they run. Every message's text starts with "phase sender timestamp", the
/// timestamp being this process's Stopwatch when Send was invoked; the partner's handler measures end-to-end latency.
/// </summary>
public sealed class ChatLoad : IAsyncDisposable
{
    private static int _phases;

    private readonly List<Participant> _participants = [];
    private readonly string _padding;
    private Phase? _phase;

    private readonly string _sendMethod;

    private ChatLoad(RelayPath path, int messageBytes)
    {
        Kind = path;
        _sendMethod = path == RelayPath.DurableBaseline ? "SendDurable" : "Send";
        _padding = new string('x', messageBytes);
    }

    public RelayPath Kind { get; }

    public string Path => Name(Kind);

    public static string Name(RelayPath path) => path switch
    {
        RelayPath.Grains => "session hub (grains)",
        RelayPath.Baseline => "baseline hub",
        _ => "baseline hub + durable write",
    };

    public int Participants => _participants.Count;

    private sealed record Participant(int Index, HubConnection Connection, object Target);

    public static async Task<ChatLoad> ConnectAsync(Hubs hubs, LiveSession[] sessions, RelayPath path, int messageBytes, int parallelism, bool primeRelay)
    {
        var baseline = path != RelayPath.Grains;
        var load = new ChatLoad(path, messageBytes);
        var all = sessions.SelectMany((s, i) => new[] { (Session: s, Index: 2 * i, Token: s.ClientToken), (Session: s, Index: 2 * i + 1, Token: s.CounselorToken) }).ToArray();

        async Task<Participant> Join((LiveSession Session, int Index, string Token) p)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            var connection = await hubs.ConnectAsync(baseline ? hubs.BaselineHub : hubs.SessionHub, p.Token, timeout.Token);
            // Each baseline path has pairs of its own, so its numbers and stored rows never meet the other's.
            object target = baseline ? $"{p.Session.Id:N}-{path}" : p.Session.Id;
            var participant = new Participant(p.Index, connection, target);
            connection.On<Relayed>("Message", m => load.Receive(participant, m));
            if (baseline)
            {
                await connection.InvokeAsync("Join", target, timeout.Token);
            }
            else
            {
                // Nothing to replay: afterSequence beyond anything stored.
                await connection.InvokeAsync<System.Text.Json.JsonElement>("Join", target, long.MaxValue / 2, timeout.Token);
            }

            return participant;
        }

        // primeRelay: the first join on the fresh api node alone, then the rest at once. ChatRelay once created its
        // observer reference without a lock, and first joins racing each other then subscribed several references to
        // the same relay, so every message reached the room once per reference (docs/benchmarks.md). It is created
        // once now; --race-first-joins true checks that. Repeated pushes, if any, are counted and reported either way.
        var primed = primeRelay ? [await Join(all[0])] : Array.Empty<Participant>();
        using var gate = new SemaphoreSlim(parallelism);
        var joined = await Task.WhenAll(all[primed.Length..].Select(async p =>
        {
            await gate.WaitAsync();
            try
            {
                return await Join(p);
            }
            finally
            {
                gate.Release();
            }
        }));
        load._participants.AddRange(primed.Concat(joined).OrderBy(p => p.Index));
        return load;
    }

    public async Task<PhaseResult> RunAsync(Mode mode, double rate, TimeSpan warmup, TimeSpan duration, TimeSpan drain, ProcessMeter meter)
    {
        if (warmup > TimeSpan.Zero)
        {
            await RunPhaseAsync(mode, rate, warmup, drain, meter);
        }

        return await RunPhaseAsync(mode, rate, duration, drain, meter);
    }

    private async Task<PhaseResult> RunPhaseAsync(Mode mode, double rate, TimeSpan duration, TimeSpan drain, ProcessMeter meter)
    {
        var phase = new Phase(Interlocked.Increment(ref _phases));
        Volatile.Write(ref _phase, phase);
        var before = meter.Sample();
        var start = Stopwatch.GetTimestamp();
        var end = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var random = new Random(phase.Id);
        var offsets = _participants.Select(_ => random.NextDouble()).ToArray();
        await Task.WhenAll(_participants.Select((p, i) => mode == Mode.FixedRate
            ? FixedRateAsync(p, phase, rate, start, end, offsets[i])
            : SaturateAsync(p, phase, end)));

        // Every acknowledged message should reach the partner once; wait (bounded) for those still on their way.
        var drainUntil = Stopwatch.GetTimestamp() + (long)(drain.TotalSeconds * Stopwatch.Frequency);
        while (Interlocked.Read(ref phase.Delivered) < Interlocked.Read(ref phase.Acked) && Stopwatch.GetTimestamp() < drainUntil)
        {
            await Task.Delay(10);
        }

        var cpu = meter.Sample() - before;
        Volatile.Write(ref _phase, null);
        var latencies = phase.Latencies.ToArray();
        Array.Sort(latencies);
        return new PhaseResult(Path, mode, _participants.Count, duration.TotalSeconds, phase.Sent, phase.Acked, phase.Errors, phase.FirstError,
            Interlocked.Read(ref phase.Delivered), Interlocked.Read(ref phase.Duplicates), latencies, cpu, Stats.Milliseconds(Stopwatch.GetTimestamp() - start) / 1000);
    }

    /// <summary>Open loop: sends on a fixed schedule (phase-shifted per participant), not waiting for the previous ack.</summary>
    private async Task FixedRateAsync(Participant p, Phase phase, double rate, long start, long end, double offset)
    {
        var interval = Stopwatch.Frequency / rate;
        var pending = new List<Task>();
        for (var k = 0; ; k++)
        {
            var due = start + (long)((offset + k) * interval);
            if (due >= end || p.Connection.State != HubConnectionState.Connected)
            {
                break;
            }

            var wait = due - Stopwatch.GetTimestamp();
            if (wait > 0)
            {
                await Task.Delay(TimeSpan.FromSeconds((double)wait / Stopwatch.Frequency));
            }

            pending.Add(SendAsync(p, phase, k));
        }

        await Task.WhenAll(pending);
    }

    /// <summary>Closed loop: the next message goes as soon as the previous one is acknowledged.</summary>
    private async Task SaturateAsync(Participant p, Phase phase, long end)
    {
        for (var k = 0; Stopwatch.GetTimestamp() < end && p.Connection.State == HubConnectionState.Connected; k++)
        {
            await SendAsync(p, phase, k);
        }
    }

    private async Task SendAsync(Participant p, Phase phase, int k)
    {
        Interlocked.Increment(ref phase.Sent);
        var body = string.Create(CultureInfo.InvariantCulture, $"{phase.Id} {p.Index} {k} {Stopwatch.GetTimestamp()} {_padding}")[.._padding.Length];
        try
        {
            await p.Connection.InvokeAsync<Ack>(_sendMethod, p.Target, $"b{phase.Id}-{p.Index}-{k}", body);
            Interlocked.Increment(ref phase.Acked);
        }
        catch (Exception e)
        {
            if (Interlocked.Increment(ref phase.Errors) == 1)
            {
                phase.FirstError = $"{e.GetType().Name}: {e.Message}";
            }
        }
    }

    private void Receive(Participant self, Relayed message)
    {
        var now = Stopwatch.GetTimestamp();
        var phase = Volatile.Read(ref _phase);
        var parts = message.Body.Split(' ', 5);
        if (phase is null || parts.Length < 4
            || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var phaseId) || phaseId != phase.Id
            || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var sender) || sender == self.Index // the session hub pushes to the sender's other connections (none here)
            || !int.TryParse(parts[2], CultureInfo.InvariantCulture, out var k)
            || !long.TryParse(parts[3], CultureInfo.InvariantCulture, out var sentAt))
        {
            return;
        }

        // Counted once, at its first arrival, as the web client deduplicates by sequence; repeats are counted apart.
        if (!phase.Seen.TryAdd(((long)sender << 32) | (uint)k, 0))
        {
            Interlocked.Increment(ref phase.Duplicates);
            return;
        }

        phase.Latencies.Enqueue(now - sentAt);
        Interlocked.Increment(ref phase.Delivered);
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await Task.WhenAll(_participants.Select(p => p.Connection.DisposeAsync().AsTask())).WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Leave the rest to process exit.
        }
    }

    private sealed class Phase(int id)
    {
        public readonly int Id = id;
        public readonly ConcurrentQueue<long> Latencies = new();
        public readonly ConcurrentDictionary<long, byte> Seen = new();
        public long Duplicates;
        public long Sent;
        public long Acked;
        public long Errors;
        public long Delivered;
        public string? FirstError;
    }
}
