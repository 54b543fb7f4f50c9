using System.Globalization;
using System.Text;

namespace Counseling.ChatBench;

/// <summary>The results as Markdown tables, ready for docs/benchmarks.md.</summary>
public sealed class Report(BenchOptions options)
{
    public double SetupSeconds { get; set; }

    public List<PhaseResult> Phases { get; } = [];

    public LongSessionResult? OneSession { get; set; }

    public CpuSample? Idle { get; set; }

    public CapacityResult? Capacity { get; set; }

    public string ToMarkdown()
    {
        var s = new StringBuilder();
        Line(s, $"Pairs: {options.Pairs} live sessions ({2 * options.Pairs} participants on each path); fixed rate {F(options.Rate, 1)} msg/s per participant " +
            $"for {options.FixedSeconds} s; saturation for {options.SaturationSeconds} s; {options.WarmupSeconds} s unmeasured warm-up before each, " +
            $"after {options.PrimeSeconds} s of unmeasured saturation on every path; " +
            $"{options.MessageBytes}-character messages. Setup (HTTP, untimed): {F(SetupSeconds, 1)} s.");
        Line(s);
        if (Phases.Count > 0)
        {
            Line(s, "| Scenario | Path | Sent | Delivered | Repeated pushes | Errors | Delivered msg/s | p50 ms | p99 ms | p99.9 ms | max ms | CPU s per 1,000 msgs (api + silo + relay host) |");
            Line(s, "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var p in Phases)
            {
                Line(s, $"| {Name(p.Mode)} | {p.Path} | {p.Sent:N0} | {p.Delivered:N0} | {p.Duplicates:N0} | {p.Errors:N0} | {F(p.Throughput, 1)} | {F(p.P50, 2)} | {F(p.P99, 2)} | {F(p.P999, 2)} | {F(p.Max, 1)} | {F(p.CpuPerThousand, 3)} |");
            }

            Line(s);
            Line(s, $"CPU seconds used during each measured phase (including its drain; the machine has {Environment.ProcessorCount} cores, so at most {Environment.ProcessorCount} CPU s per second), by process:");
            Line(s);
            Line(s, "| Scenario | Path | Seconds | api | silo | baseline relay host | PostgreSQL (all backends) | load generator | other processes | PostgreSQL s per 1,000 msgs |");
            Line(s, "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var p in Phases)
            {
                Line(s, $"| {Name(p.Mode)} | {p.Path} | {F(p.Elapsed, 1)} | {F(p.Cpu.Api, 2)} | {F(p.Cpu.Silo, 2)} | {F(p.Cpu.Baseline, 2)} | {F(p.Cpu.Postgres, 2)} | {F(p.Cpu.Generator, 2)} | {F(p.Cpu.Others, 2)} | {F(p.PostgresPerThousand, 3)} |");
            }

            if (Idle is { } idle)
            {
                Line(s);
                Line(s, $"Background, for comparison: after the phases, with all {options.ChatConnections} chat connections still open and no messages, for {F(idle.Wall, 1)} s, " +
                    $"the api used {F(idle.Api / idle.Wall, 3)} CPU s per second, the silo {F(idle.Silo / idle.Wall, 3)}, the baseline relay host {F(idle.Baseline / idle.Wall, 3)}, " +
                    $"PostgreSQL {F(idle.Postgres / idle.Wall, 3)}, " +
                    $"other processes {F(idle.Others / idle.Wall, 3)}.");
            }

            var errors = Phases.Where(p => p.FirstError is not null).Select(p => $"{Name(p.Mode)}, {p.Path}: {p.FirstError}").ToList();
            if (errors.Count > 0)
            {
                Line(s);
                Line(s, "First error per phase: " + string.Join("; ", errors));
            }

            Line(s);
            Line(s, "| Scenario | Compared | Throughput | p99 | CPU per message (api + silo + relay host) | CPU per message (the same + PostgreSQL) |");
            Line(s, "|---|---|---:|---:|---:|---:|");
            foreach (var mode in Enum.GetValues<Mode>())
            {
                foreach (var (path, against) in new[] { (RelayPath.Grains, RelayPath.Baseline), (RelayPath.DurableBaseline, RelayPath.Baseline), (RelayPath.Grains, RelayPath.DurableBaseline) })
                {
                    if (Find(mode, path) is { } a && Find(mode, against) is { } b)
                    {
                        Line(s, $"| {Name(mode)} | {ChatLoad.Name(path)} / {ChatLoad.Name(against)} | {F(a.Throughput / b.Throughput, 2)}x | {F(a.P99 / b.P99, 2)}x | " +
                            $"{F(a.CpuPerThousand / b.CpuPerThousand, 2)}x | {F((a.CpuPerThousand + a.PostgresPerThousand) / (b.CpuPerThousand + b.PostgresPerThousand), 2)}x |");
                    }
                }
            }

            Line(s);
            var (satGrains, satBaseline, satDurable) = (Find(Mode.Saturation, RelayPath.Grains), Find(Mode.Saturation, RelayPath.Baseline), Find(Mode.Saturation, RelayPath.DurableBaseline));
            var (fixGrains, fixBaseline, fixDurable) = (Find(Mode.FixedRate, RelayPath.Grains), Find(Mode.FixedRate, RelayPath.Baseline), Find(Mode.FixedRate, RelayPath.DurableBaseline));
            if (satGrains is not null && satBaseline is not null)
            {
                var ratio = satGrains.Throughput / satBaseline.Throughput;
                Line(s, $"- Target: throughput at saturation >= 0.8x baseline: **{(ratio >= 0.8 ? "met" : "not met")}** ({F(ratio, 2)}x)." +
                    (satDurable is null ? "" : $" The baseline with a durable write and no grains: {F(satDurable.Throughput / satBaseline.Throughput, 2)}x."));
            }

            if (fixGrains is not null && fixBaseline is not null)
            {
                var ratio = fixGrains.P99 / fixBaseline.P99;
                Line(s, $"- Target: p99 at fixed rate <= 1.5x baseline: **{(ratio <= 1.5 ? "met" : "not met")}** ({F(ratio, 2)}x; {F(fixGrains.P99, 2)} ms against {F(fixBaseline.P99, 2)} ms)." +
                    (fixDurable is null ? "" : $" The baseline with a durable write and no grains: {F(fixDurable.P99 / fixBaseline.P99, 2)}x ({F(fixDurable.P99, 2)} ms)."));
            }

            Line(s);
        }

        if (OneSession is { } l)
        {
            Line(s, $"One session, messages sent one after another (each waits for the previous ack): {l.Sent:N0} of {l.Wanted:N0} in {F(l.Seconds, 1)} s" +
                (l.StoppedBecause is null ? "." : $"; stopped: {l.StoppedBecause}."));
            Line(s);
            Line(s, "| Messages | Mean ack ms | p50 ack ms | p99 ack ms |");
            Line(s, "|---|---:|---:|---:|");
            foreach (var r in l.Ranges)
            {
                Line(s, $"| {r.From:N0}-{r.To:N0} | {F(r.MeanMs, 2)} | {F(r.P50Ms, 2)} | {F(r.P99Ms, 2)} |");
            }

            if (l.Ranges.Length >= 2)
            {
                Line(s);
                Line(s, $"Mean ack of messages {l.Ranges[^1].From:N0}-{l.Ranges[^1].To:N0} / messages {l.Ranges[0].From}-{l.Ranges[0].To}: {F(l.Ranges[^1].MeanMs / l.Ranges[0].MeanMs, 2)}x.");
            }

            Line(s);
        }

        if (Capacity is { } c)
        {
            Line(s, "| Wanted | Opened | Still open after 16 s | Failed attempts | Opening took s | api RSS before | api RSS after | api RSS per connection | api open files before / after |");
            Line(s, "|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            Line(s, $"| {c.Wanted:N0} | {c.Connected:N0} | {c.StillOpen:N0} | {c.Failed:N0} | {F(c.Seconds, 1)} | {Mib(c.RssBefore)} | {Mib(c.RssAfter)} | " +
                $"{(c.RssPerConnection is { } per ? F(per / 1024, 1) + " KiB" : "n/a")} | {c.FilesBefore?.ToString(CultureInfo.InvariantCulture) ?? "n/a"} / {c.FilesAfter?.ToString(CultureInfo.InvariantCulture) ?? "n/a"} |");
            if (c.StoppedBecause is not null || c.FirstError is not null)
            {
                Line(s);
                Line(s, $"Stopped: {c.StoppedBecause ?? "no"}. First error: {c.FirstError ?? "none"}.");
            }

            Line(s);
        }

        return s.ToString();
    }

    private PhaseResult? Find(Mode mode, RelayPath path) => Phases.FirstOrDefault(p => p.Mode == mode && p.Path == ChatLoad.Name(path));

    private string Name(Mode mode) => mode == Mode.FixedRate ? $"fixed rate ({F(options.Rate, 1)} msg/s each)" : "saturation";

    private static string F(double value, int decimals) =>
        double.IsNaN(value) || double.IsInfinity(value) ? "n/a" : value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string Mib(long? bytes) => bytes is { } b ? F(b / 1024.0 / 1024.0, 1) + " MiB" : "n/a";

    private static void Line(StringBuilder s, string text = "") => s.Append(text).Append('\n');
}
