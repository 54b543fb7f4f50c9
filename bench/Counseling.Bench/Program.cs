using System.Diagnostics;

namespace Counseling.Bench;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var options = BenchOptions.Parse(args, out var error);
        if (options is null)
        {
            if (error.Length > 0)
            {
                Console.Error.WriteLine(error);
                Console.Error.WriteLine();
            }

            Console.Error.WriteLine(BenchOptions.Usage);
            return error.Length > 0 ? 2 : 0;
        }

        using var timeout = new CancellationTokenSource(options.Timeout);
        using var handler = new SocketsHttpHandler
        {
            // One connection per concurrent client, reused: no pooling limit, so the api sees the real concurrency.
            MaxConnectionsPerServer = int.MaxValue,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            ConnectTimeout = TimeSpan.FromSeconds(10),
        };
        using var http = new HttpClient(handler, disposeHandler: false) { BaseAddress = options.Url, Timeout = TimeSpan.FromSeconds(60) };
        var api = new PlatformClient(http);

        Console.WriteLine($"Booking contention against {options.Url}: N={options.Clients} clients, M={options.Slots} slots, C={options.Counselors} counselors");
        Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, {Environment.OSVersion}, .NET {Environment.Version}");

        Participant[] counselors;
        Participant[] clients;
        try
        {
            var setup = new Setup(api, options);
            var started = Stopwatch.GetTimestamp();
            counselors = await setup.CounselorsAsync(timeout.Token);
            clients = await setup.ClientsAsync(timeout.Token);
            Console.WriteLine($"{Clock()} Setup (untimed): {counselors.Length} verified counselors, {clients.Length} clients in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException)
        {
            Console.Error.WriteLine($"Setup failed: {e.Message}");
            return 2;
        }

        // Whole hours from two hours ahead: first the warm-up's slots, then the contended ones, then the baseline's, so
        // the runs never meet.
        var now = DateTimeOffset.UtcNow;
        var first = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero).AddHours(2);
        var warmUpSlots = Scenarios.Layout(counselors, first, Math.Min(clients.Length, 4 * counselors.Length));
        var contendedSlots = Scenarios.Layout(counselors, warmUpSlots.Max(s => s.Start).AddHours(2), options.Slots);
        var horizon = now.AddDays(Setup.AroundTheClock.HorizonDays - 1);
        if (contendedSlots.Max(s => s.Start) > horizon)
        {
            Console.Error.WriteLine($"{options.Slots} slots do not fit in {counselors.Length} counselors' booking horizon; add counselors or lower --slots.");
            return 2;
        }

        var scenarios = new Scenarios(api, options);
        try
        {
            // Untimed: runs every code path once (activations, JIT, connections) so neither timed run pays for it.
            var warmUp = await scenarios.WarmUpAsync(clients, warmUpSlots, timeout.Token);
            Console.WriteLine($"{Clock()} Warm-up (untimed): {warmUp.Holds} bookings, {warmUp.Conflicts} slot-taken, {warmUp.OtherErrors} other errors");

            Console.WriteLine($"{Clock()} Running contended: {clients.Length} clients race for {contendedSlots.Length} slots ...");
            var contended = await scenarios.ContendedAsync(clients, contendedSlots, timeout.Token);

            var pairs = options.MatchContendedRequests ? Math.Max(1, (contended.Requests + 1) / 2) : options.BaselinePairs ?? clients.Length;
            var baselineFirst = contendedSlots.Max(s => s.Start).AddHours(2);
            var baselineSlots = Scenarios.Layout(counselors, baselineFirst, pairs);
            if (baselineSlots.Max(s => s.Start) > horizon)
            {
                Console.Error.WriteLine($"{pairs} baseline pairs do not fit in {counselors.Length} counselors' booking horizon; add counselors or lower --baseline-pairs.");
                return 2;
            }

            Console.WriteLine($"{Clock()} Running baseline: {clients.Length} clients book {pairs} distinct slots (hold + confirm each) ...");
            var baseline = await scenarios.BaselineAsync(clients, baselineSlots, timeout.Token);

            Console.WriteLine($"{Clock()} Verifying what the platform stored ...");
            var checks = await new Invariant(api).VerifyAsync(counselors, warmUp, contendedSlots, contended, baselineSlots, baseline, timeout.Token);

            Console.WriteLine();
            Console.Write(Report.Table([contended, baseline]));
            Console.WriteLine();
            Console.Write(Report.Outcomes([contended, baseline]));
            Console.WriteLine();
            Console.WriteLine("Invariant:");
            Console.Write(Report.Checks(checks));
            if (contended.OtherErrors + baseline.OtherErrors > 0)
            {
                Console.WriteLine("Other errors, by kind:");
                Console.Write(Report.Errors(contended) + Report.Errors(baseline));
            }

            var held = checks.All(c => c.Passed);
            Console.WriteLine(held ? "Invariant holds." : "INVARIANT VIOLATED.");
            return held ? 0 : 1;
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException)
        {
            Console.Error.WriteLine($"The benchmark could not finish: {e.Message}");
            return 2;
        }
    }

    /// <summary>Wall-clock time in UTC, to line the timed phases up with anything else the machine was doing.</summary>
    private static string Clock() => DateTimeOffset.UtcNow.ToString("HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
