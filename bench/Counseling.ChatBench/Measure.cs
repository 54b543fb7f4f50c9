using System.Diagnostics;
using System.Globalization;

namespace Counseling.ChatBench;

/// <summary>
/// CPU seconds used so far by the measured processes (from /proc/&lt;pid&gt;/stat), and the machine's idle seconds
/// (/proc/stat) with the wall clock, so that a difference of two samples also tells what everything else used.
/// </summary>
public sealed record CpuSample(double Api, double Silo, double Baseline, double Postgres, double Generator, double Idle, double Wall)
{
    /// <summary>
    /// The processes that serve the chat paths: the api and the silo (the grain path), the baseline relay's host (the
    /// baseline paths). Every path's connections stay open through every phase, so each of them also carries the
    /// others' idle background, as when the baseline hub ran inside the api.
    /// </summary>
    public double Servers => Api + Silo + (double.IsNaN(Baseline) ? 0 : Baseline);

    /// <summary>
    /// What everything else on the machine used meanwhile (other people's builds, tests, benchmarks): the cores'
    /// time not idle, minus the measured processes. Busy time is taken as wall time minus idle time because the
    /// kernel measures idle time exactly while it samples user and system time at ticks, which misses short bursts.
    /// </summary>
    public double Others => Wall * Environment.ProcessorCount - Idle - (Servers + (double.IsNaN(Postgres) ? 0 : Postgres) + Generator);

    public static CpuSample operator -(CpuSample a, CpuSample b) =>
        new(a.Api - b.Api, a.Silo - b.Silo, a.Baseline - b.Baseline, a.Postgres - b.Postgres, a.Generator - b.Generator, a.Idle - b.Idle, a.Wall - b.Wall);
}

public sealed class ProcessMeter(BenchOptions options)
{
    private readonly double _tick = 1.0 / options.ClockTicksPerSecond;

    public CpuSample Sample() => new(
        Own(options.ApiPid),
        Own(options.SiloPid),
        Own(options.BaselinePid),
        options.PostgresPid is { } pg ? Tree(pg) : double.NaN,
        Own(Environment.ProcessId),
        Idle(),
        Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency);

    /// <summary>Idle and I/O-wait time of all cores: fields 4 and 5 of the "cpu" line of /proc/stat.</summary>
    private double Idle()
    {
        var f = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (long.Parse(f[4], CultureInfo.InvariantCulture) + long.Parse(f[5], CultureInfo.InvariantCulture)) * _tick;
    }

    /// <summary>Resident memory of the api process in bytes (VmRSS in /proc/&lt;pid&gt;/status).</summary>
    public long? ApiResidentBytes()
    {
        if (options.ApiPid is not { } pid)
        {
            return null;
        }

        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kb = long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                return kb * 1024;
            }
        }

        return null;
    }

    public int? ApiOpenFiles() => options.ApiPid is { } pid && Directory.Exists($"/proc/{pid}/fd") ? Directory.GetFileSystemEntries($"/proc/{pid}/fd").Length : null;

    private double Own(int? pid)
    {
        if (pid is null || Stat(pid.Value) is not { } s)
        {
            return double.NaN;
        }

        return (s.UTime + s.STime) * _tick;
    }

    /// <summary>The postmaster, the reaped children it waited for, and the live backends.</summary>
    private double Tree(int postmaster)
    {
        if (Stat(postmaster) is not { } root)
        {
            return double.NaN;
        }

        var ticks = root.UTime + root.STime + root.CUTime + root.CSTime;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && pid != postmaster && Stat(pid) is { } s && s.PPid == postmaster)
            {
                ticks += s.UTime + s.STime;
            }
        }

        return ticks * _tick;
    }

    private readonly record struct ProcStat(int PPid, long UTime, long STime, long CUTime, long CSTime);

    private static ProcStat? Stat(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null; // it exited
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        // Fields after the command name (which may hold spaces): state ppid ... utime(14) stime(15) cutime(16) cstime(17).
        var f = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return new ProcStat(int.Parse(f[1], CultureInfo.InvariantCulture), long.Parse(f[11], CultureInfo.InvariantCulture),
            long.Parse(f[12], CultureInfo.InvariantCulture), long.Parse(f[13], CultureInfo.InvariantCulture), long.Parse(f[14], CultureInfo.InvariantCulture));
    }
}

public static class Stats
{
    public static double Milliseconds(long stopwatchTicks) => stopwatchTicks * 1000.0 / Stopwatch.Frequency;

    /// <summary>Nearest-rank percentile of sorted values; NaN when there are none.</summary>
    public static double Percentile(long[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : Milliseconds(sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)]);
}
