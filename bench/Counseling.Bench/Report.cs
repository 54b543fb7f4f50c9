using System.Globalization;
using System.Text;

namespace Counseling.Bench;

/// <summary>The results as a Markdown table, which reads well in a terminal and pastes into docs as it is.</summary>
public static class Report
{
    public static string Table(IEnumerable<Tally> tallies)
    {
        var text = new StringBuilder();
        text.AppendLine("| scenario | requests | holds ok | 409 slot-taken | other errors | confirms ok | wall (s) | holds/s | requests/s | p50 (ms) | p99 (ms) |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var t in tallies)
        {
            var seconds = t.Wall.TotalSeconds;
            var latencies = t.LatenciesMs.Order().ToArray();
            text.AppendLine(string.Join(" | ",
                "| " + t.Name,
                N(t.Requests), N(t.Holds), N(t.Conflicts), N(t.OtherErrors), N(t.Confirms),
                F(seconds, 2), F(t.Holds / seconds, 1), F(t.Requests / seconds, 0),
                F(Percentile(latencies, 0.50), 1), F(Percentile(latencies, 0.99), 1) + " |"));
        }

        return text.ToString();
    }

    /// <summary>Where the time goes: latency by request kind and outcome.</summary>
    public static string Outcomes(IEnumerable<Tally> tallies)
    {
        var text = new StringBuilder();
        text.AppendLine("| scenario | request outcome | count | p50 (ms) | p99 (ms) | max (ms) |");
        text.AppendLine("|---|---|---:|---:|---:|---:|");
        foreach (var t in tallies)
        {
            foreach (var (outcome, values) in t.LatenciesByOutcomeMs.OrderBy(o => o.Key, StringComparer.Ordinal))
            {
                var latencies = values.Order().ToArray();
                text.AppendLine($"| {t.Name} | {outcome} | {N(latencies.Length)} | {F(Percentile(latencies, 0.50), 1)} | {F(Percentile(latencies, 0.99), 1)} | {F(latencies[^1], 1)} |");
            }
        }

        return text.ToString();
    }

    public static string Checks(IEnumerable<Check> checks) =>
        string.Concat(checks.Select(c => $"  [{(c.Passed ? "PASS" : "FAIL")}] {c.Name}: {c.Detail}{Environment.NewLine}"));

    public static string Errors(Tally tally) =>
        string.Concat(tally.ErrorKinds.OrderByDescending(e => e.Value).Take(10)
            .Select(e => $"  {tally.Name}: {e.Value} x {e.Key}{Environment.NewLine}"));

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string F(double value, int decimals) => value.ToString("N" + decimals, CultureInfo.InvariantCulture);
}
