using System.Diagnostics;
using System.Globalization;
using Counseling.ChatBench;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException or UriFormatException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

// Hundreds of connections each awaiting acks: do not make the first seconds wait for the thread pool to grow.
ThreadPool.SetMinThreads(Math.Max(64, Environment.ProcessorCount * 8), 64);

var meter = new ProcessMeter(options);
var report = new Report(options);
void Say(string line) => Console.Error.WriteLine($"==> [{DateTime.Now:HH:mm:ss}] {line}");

using var platform = new Platform(options.Url);
using var hubs = new Hubs(options.Url, options.BaselineUrl);

Say("Signing in the operator");
await platform.SignInOperatorAsync(options.OperatorEmail, options.OperatorPassword);
var extra = options.LongMessages > 0 ? 1 : 0;
Say($"Creating {options.Pairs + extra} live sessions over HTTP (untimed setup)");
var setup = Stopwatch.StartNew();
var sessions = await platform.CreateLiveSessionsAsync(options.Pairs + extra, options.SetupParallelism);
report.SetupSeconds = setup.Elapsed.TotalSeconds;
var pairs = sessions[..options.Pairs];

Say($"Connecting {2 * options.Pairs} participants to each hub");
await using (var grains = await ChatLoad.ConnectAsync(hubs, pairs, RelayPath.Grains, options.MessageBytes, options.SetupParallelism * 4, !options.RaceFirstJoins))
await using (var baseline = await ChatLoad.ConnectAsync(hubs, pairs, RelayPath.Baseline, options.MessageBytes, options.SetupParallelism * 4, !options.RaceFirstJoins))
await using (var durable = options.DurableBaseline
    ? await ChatLoad.ConnectAsync(hubs, pairs, RelayPath.DurableBaseline, options.MessageBytes, options.SetupParallelism * 4, !options.RaceFirstJoins)
    : null)
{
    var warmup = TimeSpan.FromSeconds(options.WarmupSeconds);
    var drain = TimeSpan.FromSeconds(options.DrainSeconds);
    var loads = new[] { grains, baseline, durable }.OfType<ChatLoad>().ToArray();
    if (options.PrimeSeconds > 0)
    {
        // Every path's code compiled at its final tier before the first measured phase, whichever path goes first.
        Say($"Priming every path: {options.PrimeSeconds} s at saturation each (not measured)");
        foreach (var load in loads)
        {
            await load.RunAsync(Mode.Saturation, options.Rate, TimeSpan.Zero, TimeSpan.FromSeconds(options.PrimeSeconds), drain, meter);
        }
    }

    foreach (var (mode, seconds) in new[] { (Mode.FixedRate, options.FixedSeconds), (Mode.Saturation, options.SaturationSeconds) })
    {
        foreach (var load in loads)
        {
            Say($"{mode}: {load.Path}, {load.Participants} participants, {seconds} s (+{options.WarmupSeconds} s warm-up)");
            var result = await load.RunAsync(mode, options.Rate, warmup, TimeSpan.FromSeconds(seconds), drain, meter);
            Say($"    {result.Throughput:0.0} msg/s delivered, p50 {result.P50:0.00} ms, p99 {result.P99:0.00} ms, {result.Errors} errors");
            report.Phases.Add(result);
        }
    }

    // Measured last, when start-up work (tiered JIT compilation among it) is over.
    Say($"Idle for {options.IdleSeconds} s with all {options.ChatConnections} connections open (background CPU)");
    var idleFrom = meter.Sample();
    await Task.Delay(TimeSpan.FromSeconds(options.IdleSeconds));
    report.Idle = meter.Sample() - idleFrom;

    Say("Closing the chat connections");
}

if (options.LongMessages > 0)
{
    Say($"One session, {options.LongMessages} messages one after another (limit {options.LongTimeoutSeconds} s)");
    report.OneSession = await LongSession.RunAsync(hubs, sessions[^1], options.LongMessages, TimeSpan.FromSeconds(options.LongTimeoutSeconds), options.MessageBytes);
    Say($"    {report.OneSession.Sent} messages in {report.OneSession.Seconds:0.0} s");
}

if (options.Connections > 0)
{
    Say($"Opening up to {options.Connections} hub connections (limit {options.ConnectionsTimeoutSeconds} s)");
    var tokens = pairs.SelectMany(s => new[] { s.ClientToken, s.CounselorToken }).ToArray();
    report.Capacity = await ConnectionCapacity.RunAsync(hubs, tokens, options.Connections, TimeSpan.FromSeconds(options.ConnectionsTimeoutSeconds),
        options.ConnectParallelism, meter);
    Say($"    {report.Capacity.Connected} opened, {report.Capacity.StillOpen} still open");
}

var markdown = report.ToMarkdown();
Console.WriteLine(markdown);
if (options.OutputPath is { } path)
{
    await File.WriteAllTextAsync(path, markdown);
}

return 0;
