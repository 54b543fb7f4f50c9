using System.Globalization;

namespace Counseling.Bench;

/// <summary>Command-line options. Everything has a default that finishes in well under a minute on two cores.</summary>
public sealed class BenchOptions
{
    public const string Usage = """
        Booking-contention benchmark for the counseling api (talks to it over HTTP).

        Usage: Counseling.Bench --url http://127.0.0.1:PORT [options]

          --url URL              The api node (default: $BENCH_API_URL).
          --clients, -n N        Client accounts racing (default 200).
          --slots, -m M          Contended slots, spread over the counselors (default 50; at most N).
          --counselors, -c C     Verified counselors (default 5).
          --baseline-pairs P     Hold+confirm pairs in the uncontended run, spread over the clients (default N:
                                 every client books one slot of its own). "match" sends as many requests as
                                 the contended run did; slower, as every booking grows a counselor's calendar.
          --seed S               Seed for the clients' shuffled slot orders (default 42).
          --setup-parallelism K  Concurrent requests during (untimed) setup (default 4).
          --timeout SECONDS      Give up after this long, setup included (default 300).

        The operator account comes from $BENCH_OPERATOR_EMAIL and $BENCH_OPERATOR_PASSWORD.
        Exit status: 0 when the invariant holds, 1 when it is violated, 2 on a usage or setup error.
        """;

    public Uri? Url { get; private set; }

    public int Clients { get; private set; } = 200;

    public int Slots { get; private set; } = 50;

    public int Counselors { get; private set; } = 5;

    /// <summary>Pairs in the baseline; null with <see cref="MatchContendedRequests"/> means "as many requests as the contended run".</summary>
    public int? BaselinePairs { get; private set; }

    public bool MatchContendedRequests { get; private set; }

    public int Seed { get; private set; } = 42;

    public int SetupParallelism { get; private set; } = 4;

    public TimeSpan Timeout { get; private set; } = TimeSpan.FromSeconds(300);

    public string OperatorEmail { get; private set; } = "";

    public string OperatorPassword { get; private set; } = "";

    /// <summary>The options, or null with <paramref name="error"/> set ("" when help was asked for).</summary>
    public static BenchOptions? Parse(string[] args, out string error)
    {
        var options = new BenchOptions
        {
            OperatorEmail = Environment.GetEnvironmentVariable("BENCH_OPERATOR_EMAIL") ?? "",
            OperatorPassword = Environment.GetEnvironmentVariable("BENCH_OPERATOR_PASSWORD") ?? "",
        };
        var url = Environment.GetEnvironmentVariable("BENCH_API_URL");
        error = "";
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is "--help" or "-h")
            {
                return null;
            }

            if (i + 1 >= args.Length)
            {
                error = $"{name} needs a value.";
                return null;
            }

            var value = args[++i];
            switch (name)
            {
                case "--url":
                    url = value;
                    break;
                case "--clients" or "-n":
                    options.Clients = Number(name, value, 1, 20_000, ref error);
                    break;
                case "--slots" or "-m":
                    options.Slots = Number(name, value, 1, 20_000, ref error);
                    break;
                case "--counselors" or "-c":
                    options.Counselors = Number(name, value, 1, 1_000, ref error);
                    break;
                case "--baseline-pairs" when value == "match":
                    options.MatchContendedRequests = true;
                    options.BaselinePairs = null;
                    break;
                case "--baseline-pairs":
                    options.MatchContendedRequests = false;
                    options.BaselinePairs = Number(name, value, 1, 200_000, ref error);
                    break;
                case "--seed":
                    options.Seed = Number(name, value, 0, int.MaxValue, ref error);
                    break;
                case "--setup-parallelism":
                    options.SetupParallelism = Number(name, value, 1, 64, ref error);
                    break;
                case "--timeout":
                    options.Timeout = TimeSpan.FromSeconds(Number(name, value, 10, 3_600, ref error));
                    break;
                default:
                    error = $"Unknown option {name}.";
                    break;
            }

            if (error.Length > 0)
            {
                return null;
            }
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            error = "Give the api's address with --url (or BENCH_API_URL), e.g. http://127.0.0.1:5090.";
            return null;
        }

        if (options.Slots > options.Clients)
        {
            error = $"--slots ({options.Slots}) must not exceed --clients ({options.Clients}): each client books at most one contended slot.";
            return null;
        }

        if (options.OperatorEmail.Length == 0 || options.OperatorPassword.Length == 0)
        {
            error = "Set BENCH_OPERATOR_EMAIL and BENCH_OPERATOR_PASSWORD to the operator the api seeds.";
            return null;
        }

        options.Url = uri;
        return options;
    }

    private static int Number(string name, string value, int min, int max, ref string error)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        error = $"{name} must be a whole number from {min} to {max}.";
        return 0;
    }
}
