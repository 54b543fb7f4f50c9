namespace Counseling.Tests.Infrastructure;

/// <summary>Waits for something the system does by itself (a reminder, a push), by asking again until it shows.</summary>
public static class Eventually
{
    /// <summary>The deadline only bounds a failing test; a passing one returns as soon as the outcome is seen.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what)
    {
        using var timeout = new CancellationTokenSource(Deadline);
        while (true)
        {
            var seen = await probe();
            if (done(seen))
            {
                return seen;
            }

            if (timeout.IsCancellationRequested)
            {
                Assert.Fail($"Gave up waiting for {what}; last seen: {seen}");
            }

            await Task.Delay(100, CancellationToken.None); // the interval between two looks, not a wait for an outcome
        }
    }
}
