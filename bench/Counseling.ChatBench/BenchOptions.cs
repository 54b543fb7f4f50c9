using System.Globalization;
using System.Net;

namespace Counseling.ChatBench;

/// <summary>Command-line options. Every phase is bounded in count and in time.</summary>
public sealed class BenchOptions
{
    public Uri Url { get; private set; } = new("http://127.0.0.1:5180");

    /// <summary>The baseline relay's host (bench/Counseling.BaselineRelay), which accepts the api's access tokens.</summary>
    public Uri BaselineUrl { get; private set; } = new("http://127.0.0.1:5181");

    /// <summary>Live sessions (client + counselor) that chat at once in the rate and saturation phases.</summary>
    public int Pairs { get; private set; } = 50;

    /// <summary>Messages per second each participant sends in the fixed-rate phase.</summary>
    public double Rate { get; private set; } = 2;

    public int FixedSeconds { get; private set; } = 20;

    public int SaturationSeconds { get; private set; } = 15;

    public int WarmupSeconds { get; private set; } = 3;

    /// <summary>
    /// Before anything is measured, every path runs this long at saturation. The session hub is measured first, so
    /// without it its first phase would pay for the JIT's tier-up of code the later paths then find compiled.
    /// </summary>
    public int PrimeSeconds { get; private set; } = 5;

    /// <summary>How long to measure background CPU with the chat connections open and no messages.</summary>
    public int IdleSeconds { get; private set; } = 5;

    /// <summary>How long to wait after a phase for acknowledged messages still on their way.</summary>
    public int DrainSeconds { get; private set; } = 10;

    public int MessageBytes { get; private set; } = 100;

    /// <summary>Messages sent one after another in one session (0 skips the phase).</summary>
    public int LongMessages { get; private set; } = 10_000;

    public int LongTimeoutSeconds { get; private set; } = 120;

    /// <summary>Most hub connections to open in the capacity phase (0 skips the phase).</summary>
    public int Connections { get; private set; } = 10_000;

    public int ConnectionsTimeoutSeconds { get; private set; } = 60;

    /// <summary>Connection attempts in flight at once in the capacity phase.</summary>
    public int ConnectParallelism { get; private set; } = 64;

    public int SetupParallelism { get; private set; } = 8;

    /// <summary>Let the very first joins on the api node race (see ChatLoad.ConnectAsync); off by default.</summary>
    public bool RaceFirstJoins { get; private set; }

    /// <summary>Also run the baseline with a durable write before each acknowledgement (no grains); on by default.</summary>
    public bool DurableBaseline { get; private set; } = true;

    /// <summary>Chat connections open during the phases: a client and a counselor per pair, on every path.</summary>
    public int ChatConnections => 2 * Pairs * (DurableBaseline ? 3 : 2);

    public int? ApiPid { get; private set; }

    public int? SiloPid { get; private set; }

    /// <summary>The baseline relay's host: the baseline paths' server-side CPU.</summary>
    public int? BaselinePid { get; private set; }

    /// <summary>The PostgreSQL postmaster: its CPU and its backends' is reported separately.</summary>
    public int? PostgresPid { get; private set; }

    public int ClockTicksPerSecond { get; private set; } = 100;

    public string? OutputPath { get; private set; }

    public string OperatorEmail { get; private set; } = Environment.GetEnvironmentVariable("BENCH_OPERATOR_EMAIL") ?? "";

    public string OperatorPassword { get; private set; } = Environment.GetEnvironmentVariable("BENCH_OPERATOR_PASSWORD") ?? "";

    public const string Usage = """
        Counseling.ChatBench: live-chat load against the session hub (grains) and the baseline hub (no grains),
        without and with a durable write per message.
          --url URL                   api base address, on 127.0.0.0/8 (default http://127.0.0.1:5180)
          --baseline-url URL          baseline relay host, on 127.0.0.0/8 (default http://127.0.0.1:5181)
          --pairs N                   live sessions chatting at once (default 50)
          --rate R                    messages/s per participant in the fixed-rate phase (default 2)
          --fixed-seconds S           fixed-rate phase length (default 20)
          --saturation-seconds S      saturation phase length (default 15)
          --warmup-seconds S          unmeasured warm-up before each phase (default 3)
          --prime-seconds S           unmeasured saturation of every path before the first phase (default 5)
          --idle-seconds S            background CPU measured with connections open, no messages (default 5)
          --drain-seconds S           longest wait for messages in flight after a phase (default 10)
          --message-bytes N           message text length (default 100)
          --long-messages N           messages in the one long session, 0 to skip (default 10000)
          --long-timeout S            time limit of the long session (default 120)
          --connections N             most hub connections to hold, 0 to skip (default 10000)
          --connections-timeout S     time limit for opening them (default 60)
          --connect-parallelism N     connection attempts in flight (default 64)
          --setup-parallelism N       HTTP set-up requests in flight (default 8)
          --race-first-joins true     join all participants at once from the start (default false: one first)
          --durable-baseline false    skip the third path: the baseline plus a durable write per message (default true)
          --api-pid P --silo-pid P --baseline-pid P --postgres-pid P   processes whose CPU time is measured
          --clk-tck N                 clock ticks per second of /proc/<pid>/stat (default 100)
          --out FILE                  also write the report (Markdown) here
        The operator's email and password come from BENCH_OPERATOR_EMAIL and BENCH_OPERATOR_PASSWORD.
        """;

    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help")
            {
                throw new ArgumentException(Usage);
            }

            if (i + 1 >= args.Length)
            {
                throw new ArgumentException($"{name} needs a value.\n{Usage}");
            }

            var value = args[++i];
            switch (name)
            {
                case "--url": o.Url = new Uri(value); break;
                case "--baseline-url": o.BaselineUrl = new Uri(value); break;
                case "--pairs": o.Pairs = Int(value, 1, 5_000); break;
                case "--rate": o.Rate = double.Parse(value, CultureInfo.InvariantCulture) is var r and > 0 and <= 1000 ? r : throw new ArgumentException("--rate is 0 to 1000."); break;
                case "--fixed-seconds": o.FixedSeconds = Int(value, 1, 600); break;
                case "--saturation-seconds": o.SaturationSeconds = Int(value, 1, 600); break;
                case "--warmup-seconds": o.WarmupSeconds = Int(value, 0, 120); break;
                case "--prime-seconds": o.PrimeSeconds = Int(value, 0, 120); break;
                case "--idle-seconds": o.IdleSeconds = Int(value, 1, 120); break;
                case "--drain-seconds": o.DrainSeconds = Int(value, 1, 120); break;
                case "--message-bytes": o.MessageBytes = Int(value, 40, 4000); break;
                case "--long-messages": o.LongMessages = Int(value, 0, 1_000_000); break;
                case "--long-timeout": o.LongTimeoutSeconds = Int(value, 1, 3600); break;
                case "--connections": o.Connections = Int(value, 0, 100_000); break;
                case "--connections-timeout": o.ConnectionsTimeoutSeconds = Int(value, 1, 3600); break;
                case "--connect-parallelism": o.ConnectParallelism = Int(value, 1, 1000); break;
                case "--setup-parallelism": o.SetupParallelism = Int(value, 1, 64); break;
                case "--race-first-joins": o.RaceFirstJoins = bool.Parse(value); break;
                case "--durable-baseline": o.DurableBaseline = bool.Parse(value); break;
                case "--api-pid": o.ApiPid = Int(value, 1, int.MaxValue); break;
                case "--silo-pid": o.SiloPid = Int(value, 1, int.MaxValue); break;
                case "--baseline-pid": o.BaselinePid = Int(value, 1, int.MaxValue); break;
                case "--postgres-pid": o.PostgresPid = Int(value, 1, int.MaxValue); break;
                case "--clk-tck": o.ClockTicksPerSecond = Int(value, 1, 1_000_000); break;
                case "--out": o.OutputPath = value; break;
                default: throw new ArgumentException($"Unknown option {name}.\n{Usage}");
            }
        }

        // All traffic stays on this machine's loopback network.
        foreach (var (option, url, example) in new[] { ("--url", o.Url, "http://127.0.0.1:5180"), ("--baseline-url", o.BaselineUrl, "http://127.0.0.1:5181") })
        {
            if (!IPAddress.TryParse(url.Host, out var host) || !IPAddress.IsLoopback(host) || host.AddressFamily != System.Net.Sockets.AddressFamily.InterNetwork)
            {
                throw new ArgumentException($"{option} must be an http address on 127.0.0.0/8, for example {example}.");
            }
        }

        if (o.OperatorEmail.Length == 0 || o.OperatorPassword.Length == 0)
        {
            throw new ArgumentException("Set BENCH_OPERATOR_EMAIL and BENCH_OPERATOR_PASSWORD (the api's seeded operator).");
        }

        return o;
    }

    private static int Int(string value, int min, int max)
    {
        var n = int.Parse(value, CultureInfo.InvariantCulture);
        return n >= min && n <= max ? n : throw new ArgumentException($"{value} is outside {min}..{max}.");
    }
}
