using System.Collections.Concurrent;
using System.Diagnostics;

namespace Counseling.Bench;

/// <summary>A bookable time: one counselor, one start. Sessions are 50 minutes and slots an hour apart, so no two overlap.</summary>
public sealed record SlotKey(Guid CounselorId, DateTimeOffset Start);

/// <summary>What one timed scenario did. Safe to record into from many requests at once.</summary>
public sealed class Tally(string name)
{
    private readonly ConcurrentQueue<double> _latenciesMs = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<double>> _latenciesByOutcomeMs = new();
    private readonly ConcurrentQueue<AppointmentSummary> _held = new();
    private readonly ConcurrentDictionary<string, int> _errorKinds = new();
    private int _requests;
    private int _holds;
    private int _conflicts;
    private int _otherErrors;
    private int _confirms;

    public string Name => name;

    public int Requests => _requests;

    public int Holds => _holds;

    public int Conflicts => _conflicts;

    public int OtherErrors => _otherErrors;

    public int Confirms => _confirms;

    public TimeSpan Wall { get; set; }

    /// <summary>The appointments the api said it created, as it returned them.</summary>
    public IReadOnlyCollection<AppointmentSummary> Held => _held;

    public IReadOnlyDictionary<string, int> ErrorKinds => _errorKinds;

    public IReadOnlyCollection<double> LatenciesMs => _latenciesMs;

    /// <summary>Latencies split by what the request was and how it ended ("hold ok", "hold slot-taken", ...).</summary>
    public IEnumerable<KeyValuePair<string, ConcurrentQueue<double>>> LatenciesByOutcomeMs => _latenciesByOutcomeMs;

    /// <summary>Records a hold attempt; the appointment when the slot was won.</summary>
    public AppointmentSummary? RecordHold(Reply reply)
    {
        if (reply.Status == 201)
        {
            Count(reply, "hold ok");
            var appointment = reply.Read<AppointmentSummary>();
            _held.Enqueue(appointment);
            Interlocked.Increment(ref _holds);
            return appointment;
        }

        if (reply.Status == 409 && reply.ProblemType == "/problems/slot-taken")
        {
            Count(reply, "hold slot-taken");
            Interlocked.Increment(ref _conflicts);
        }
        else
        {
            Count(reply, "hold error");
            Error("hold", reply);
        }

        return null;
    }

    public void RecordConfirm(Reply reply)
    {
        if (reply.Status == 200)
        {
            Count(reply, "confirm ok");
            Interlocked.Increment(ref _confirms);
        }
        else
        {
            Count(reply, "confirm error");
            Error("confirm", reply);
        }
    }

    private void Count(Reply reply, string outcome)
    {
        Interlocked.Increment(ref _requests);
        _latenciesMs.Enqueue(reply.Elapsed.TotalMilliseconds);
        _latenciesByOutcomeMs.GetOrAdd(outcome, _ => new ConcurrentQueue<double>()).Enqueue(reply.Elapsed.TotalMilliseconds);
    }

    private void Error(string what, Reply reply)
    {
        Interlocked.Increment(ref _otherErrors);
        _errorKinds.AddOrUpdate($"{what}: {reply.Describe()}", 1, (_, n) => n + 1);
    }
}

/// <summary>The two timed runs. Both start every client at once behind a barrier and time from its release to the last answer.</summary>
public sealed class Scenarios(PlatformClient api, BenchOptions options)
{
    private const string Route = "/api/appointments";

    /// <summary>M slots, counselor by counselor, an hour apart from <paramref name="first"/>.</summary>
    public static SlotKey[] Layout(Participant[] counselors, DateTimeOffset first, int count) =>
        [.. Enumerable.Range(0, count).Select(i => new SlotKey(counselors[i % counselors.Length].Id, first.AddHours(i / counselors.Length)))];

    /// <summary>
    /// Every client races for the same M slots: it tries them in its own shuffled order until one hold succeeds, then
    /// confirms it (a client wants one session). With N >= M, exactly M holds must succeed.
    /// </summary>
    public async Task<Tally> ContendedAsync(Participant[] clients, SlotKey[] slots, CancellationToken cancellation)
    {
        var tally = new Tally("contended");
        var orders = clients.Select((_, i) =>
        {
            var order = slots.ToArray();
            new Random(options.Seed + i).Shuffle(order);
            return order;
        }).ToArray();

        await RaceAsync(tally, clients.Select((client, i) => (Func<Task>)(async () =>
        {
            foreach (var slot in orders[i])
            {
                var held = tally.RecordHold(await HoldAsync(client, slot, cancellation));
                if (held is not null)
                {
                    tally.RecordConfirm(await PayAsync(held.Id, client, cancellation));
                    return;
                }
            }
        })));
        return tally;
    }

    /// <summary>
    /// No contention: pair p goes to client p mod N and to its own slot, so no two requests ever want the same time.
    /// Each client works through its pairs one after another, hold then confirm.
    /// </summary>
    public Task<Tally> BaselineAsync(Participant[] clients, SlotKey[] slots, CancellationToken cancellation) =>
        DistinctAsync("baseline", clients, slots, cancellation);

    /// <summary>
    /// Untimed: the first clients book the given slots (hold + confirm), then every client at once tries one of those
    /// slots and is turned away. Every path the timed runs take has then run, and every client has a connection open.
    /// </summary>
    public async Task<Tally> WarmUpAsync(Participant[] clients, SlotKey[] slots, CancellationToken cancellation)
    {
        var tally = await DistinctAsync("warm-up", clients[..slots.Length], slots, cancellation);
        await Task.WhenAll(clients.Select(async (client, i) =>
            tally.RecordHold(await HoldAsync(client, slots[(i + 1) % slots.Length], cancellation))));
        return tally;
    }

    /// <summary>
    /// Confirms a hold the way a client does: open the checkout, then pay on the simulated provider's page (the
    /// platform's default without Stripe keys). The reply timed is the payment's, which confirms the booking.
    /// </summary>
    private async Task<Reply> PayAsync(Guid appointmentId, Participant client, CancellationToken cancellation)
    {
        var checkout = await api.PostAsync($"{Route}/{appointmentId}/checkout", client.Token, null, cancellation);
        return checkout.Succeeded
            ? await api.PostAsync($"/api/payments/simulated/{appointmentId}/pay", client.Token, null, cancellation)
            : checkout;
    }

    private async Task<Tally> DistinctAsync(string name, Participant[] clients, SlotKey[] slots, CancellationToken cancellation)
    {
        var tally = new Tally(name);
        await RaceAsync(tally, clients.Select((client, i) => (Func<Task>)(async () =>
        {
            for (var p = i; p < slots.Length; p += clients.Length)
            {
                var held = tally.RecordHold(await HoldAsync(client, slots[p], cancellation));
                if (held is not null)
                {
                    tally.RecordConfirm(await PayAsync(held.Id, client, cancellation));
                }
            }
        })));
        return tally;
    }

    private Task<Reply> HoldAsync(Participant client, SlotKey slot, CancellationToken cancellation) =>
        api.PostAsync(Route, client.Token, new BookRequest(slot.CounselorId, slot.Start, Setup.SessionMinutes, SessionModality.Video), cancellation);

    /// <summary>Starts every client, lets them wait on one barrier, releases it and times until the last one is done.</summary>
    private static async Task RaceAsync(Tally tally, IEnumerable<Func<Task>> clients)
    {
        var barrier = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = clients.Select(async run =>
        {
            await barrier.Task;
            await run();
        }).ToArray();

        var started = Stopwatch.GetTimestamp();
        barrier.SetResult();
        await Task.WhenAll(running);
        tally.Wall = Stopwatch.GetElapsedTime(started);
    }
}
