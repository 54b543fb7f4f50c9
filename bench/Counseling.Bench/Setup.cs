using System.Security.Cryptography;

namespace Counseling.Bench;

/// <summary>A signed-in account the bench acts as.</summary>
public sealed record Participant(Guid Id, string Token);

/// <summary>
/// Untimed preparation through the public api, as a person would do it: counselors sign up, fill the profile, submit a
/// license, set round-the-clock hours and are verified by the operator; clients sign up.
/// </summary>
public sealed class Setup(PlatformClient api, BenchOptions options)
{
    public const int SessionMinutes = 50;

    /// <summary>Every day 00:00-23:59:59 UTC, no buffers or notice, a year ahead, a slot every 30 minutes.</summary>
    public static readonly Availability AroundTheClock = new(
        [.. Enum.GetValues<DayOfWeek>().Select(d => new WeeklyWindow(d, new TimeOnly(0, 0), new TimeOnly(23, 59, 59)))],
        [], [], BufferBeforeMinutes: 0, BufferAfterMinutes: 0, MinimumNoticeMinutes: 0, HorizonDays: 365, SlotIntervalMinutes: 30);

    /// <summary>Distinguishes this run's accounts, so the bench can run again against the same database.</summary>
    private readonly string _runId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));

    public async Task<Participant[]> CounselorsAsync(CancellationToken cancellation)
    {
        var operatorToken = await OperatorTokenAsync(cancellation);
        var counselors = new Participant[options.Counselors];
        await Parallel.ForEachAsync(Enumerable.Range(0, options.Counselors), Limit(cancellation), async (i, ct) =>
        {
            var name = $"Bench Counselor {i + 1}";
            var me = await RegisterAsync($"bench-{_runId}-counselor-{i + 1}@bench.example", name, "counselor", ct);
            var profile = new CounselorProfile(name, $"{name} is a load-test account.", ["anxiety"], ["en"],
                [SessionModality.Chat, SessionModality.Video], new Money(8000, "USD"), [SessionMinutes], "UTC");
            PlatformClient.Require(await api.PutAsync("/api/counselor/me/profile", me.Token, profile, ct), "Counselor profile");
            var license = new CredentialRequest($"BENCH-{_runId}-{i + 1}", "CA", DateOnly.FromDateTime(DateTime.UtcNow.AddYears(1)));
            PlatformClient.Require(await api.PutAsync("/api/counselor/me/credential", me.Token, license, ct), "Counselor credential");
            PlatformClient.Require(await api.PutAsync("/api/counselor/me/availability", me.Token, AroundTheClock, ct), "Counselor availability");
            PlatformClient.Require(await api.PostAsync($"/api/operator/verifications/{me.Id}", operatorToken,
                new VerificationDecisionRequest(true, null), ct), "Verifying the counselor");
            PlatformClient.Require(await api.GetAsync($"/api/counselors/{me.Id}", null, ct), "Reading the counselor's public profile (is it bookable?)");
            counselors[i] = me;
        });
        return counselors;
    }

    public async Task<Participant[]> ClientsAsync(CancellationToken cancellation)
    {
        var clients = new Participant[options.Clients];
        await Parallel.ForEachAsync(Enumerable.Range(0, options.Clients), Limit(cancellation), async (i, ct) =>
            clients[i] = await RegisterAsync($"bench-{_runId}-client-{i + 1}@bench.example", $"Bench Client {i + 1}", "client", ct));
        return clients;
    }

    private async Task<Participant> RegisterAsync(string email, string name, string role, CancellationToken cancellation)
    {
        var password = "Bench-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var reply = PlatformClient.Require(
            await api.PostAsync("/api/auth/register", null, new RegisterRequest(email, password, name, role), cancellation), $"Registering {email}");
        var auth = reply.Read<AuthResponse>();
        return new Participant(auth.User.Id, auth.AccessToken);
    }

    /// <summary>Signs in as the seeded operator; the api seeds in the background just after start-up, so this retries briefly.</summary>
    private async Task<string> OperatorTokenAsync(CancellationToken cancellation)
    {
        var login = new LoginRequest(options.OperatorEmail, options.OperatorPassword);
        for (var attempt = 1; ; attempt++)
        {
            var reply = await api.PostAsync("/api/auth/login", null, login, cancellation);
            if (reply.Succeeded)
            {
                return reply.Read<AuthResponse>().AccessToken;
            }

            if (attempt == 50)
            {
                PlatformClient.Require(reply, "Signing in as the seeded operator");
            }

            await Task.Delay(200, cancellation);
        }
    }

    private ParallelOptions Limit(CancellationToken cancellation) =>
        new() { MaxDegreeOfParallelism = options.SetupParallelism, CancellationToken = cancellation };
}
