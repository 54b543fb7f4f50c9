using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Counseling.ChatBench;

/// <summary>A confirmed appointment whose room is open now, with both participants' access tokens.</summary>
public sealed record LiveSession(Guid Id, string ClientToken, string CounselorToken);

/// <summary>
/// Creates live sessions through the public HTTP api, as a person would (untimed setup): a counselor signs up, fills
/// the profile, submits a license, the operator verifies it, hours are round the clock in UTC with 5-minute slots;
/// a client holds and pays for the next 5-minute slot, so the room (open 10 minutes before the start) is open now.
/// </summary>
public sealed class Platform(Uri baseAddress) : IDisposable
{
    public static readonly JsonSerializerOptions Json = CreateJson();

    private static readonly string[] Specialties = ["anxiety"];
    private static readonly string[] Languages = ["en"];
    private static readonly string[] Modalities = ["chat", "video"];
    private static readonly int[] Lengths = [50];

    private const string Password = "bench pass phrase, long enough to pass";
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private string? _operatorToken;

    private sealed record UserDto(Guid Id);

    private sealed record AuthDto(string AccessToken, UserDto User);

    private sealed record AppointmentDto(Guid Id);

    public async Task SignInOperatorAsync(string email, string password)
    {
        // The api seeds the operator in the background right after it starts: retry for a short while.
        for (var attempt = 1; ; attempt++)
        {
            using var response = await _http.PostAsJsonAsync("/api/auth/login", new { email, password }, Json);
            if (response.IsSuccessStatusCode)
            {
                _operatorToken = (await response.Content.ReadFromJsonAsync<AuthDto>(Json))!.AccessToken;
                return;
            }

            if (attempt == 60)
            {
                throw new InvalidOperationException($"The operator cannot sign in: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }

            await Task.Delay(500);
        }
    }

    public async Task<LiveSession[]> CreateLiveSessionsAsync(int count, int parallelism)
    {
        using var gate = new SemaphoreSlim(parallelism);
        var tasks = Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                return await CreateLiveSessionAsync(i);
            }
            finally
            {
                gate.Release();
            }
        });
        return await Task.WhenAll(tasks);
    }

    private async Task<LiveSession> CreateLiveSessionAsync(int index)
    {
        var counselor = await RegisterAsync("counselor", index, $"Bench Counselor {index}");
        await SendAsync(HttpMethod.Put, "/api/counselor/me/profile", counselor.AccessToken, new
        {
            displayName = $"Bench Counselor {index}",
            bio = "Benchmark counselor for live-chat load.",
            specialties = Specialties,
            languages = Languages,
            modalities = Modalities,
            pricePerSession = new { amountMinor = 8000, currency = "USD" },
            sessionLengthsMinutes = Lengths,
            timeZone = "UTC",
        });
        await SendAsync(HttpMethod.Put, "/api/counselor/me/credential", counselor.AccessToken, new
        {
            licenseNumber = $"BENCH-{_run}-{index}",
            jurisdiction = "CA",
            expiresOn = DateOnly.FromDateTime(DateTime.UtcNow.AddYears(1)),
        });
        await SendAsync(HttpMethod.Put, "/api/counselor/me/availability", counselor.AccessToken, new
        {
            weekly = Enum.GetValues<DayOfWeek>().Select(d => new { day = d, start = new TimeOnly(0, 0), end = new TimeOnly(23, 59, 59) }).ToArray(),
            overrides = Array.Empty<object>(),
            timeOff = Array.Empty<object>(),
            bufferBeforeMinutes = 0,
            bufferAfterMinutes = 0,
            minimumNoticeMinutes = 0,
            horizonDays = 60,
            slotIntervalMinutes = 5,
        });
        await SendAsync(HttpMethod.Post, $"/api/operator/verifications/{counselor.User.Id}", _operatorToken!, new { approve = true, reason = (string?)null });

        var client = await RegisterAsync("client", index, $"Bench Client {index}");
        var now = DateTimeOffset.UtcNow;
        var next = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute / 5 * 5, 0, TimeSpan.Zero).AddMinutes(5);
        for (var attempt = 0; ; attempt++)
        {
            // The next slot, or the one after if the boundary passed meanwhile; both open the room at once.
            using var hold = await RequestAsync(HttpMethod.Post, "/api/appointments", client.AccessToken,
                new { counselorId = counselor.User.Id, start = next.AddMinutes(5 * attempt), sessionMinutes = 50, modality = "chat" });
            if (!hold.IsSuccessStatusCode)
            {
                if (attempt < 1)
                {
                    continue;
                }

                throw new InvalidOperationException($"Hold failed: {(int)hold.StatusCode} {await hold.Content.ReadAsStringAsync()}");
            }

            var appointment = (await hold.Content.ReadFromJsonAsync<AppointmentDto>(Json))!;
            // Booked the way a client pays without Stripe keys: checkout, then the simulated provider's payment.
            await SendAsync(HttpMethod.Post, $"/api/appointments/{appointment.Id}/checkout", client.AccessToken, null);
            await SendAsync(HttpMethod.Post, $"/api/payments/simulated/{appointment.Id}/pay", client.AccessToken, null);
            return new LiveSession(appointment.Id, client.AccessToken, counselor.AccessToken);
        }
    }

    private async Task<AuthDto> RegisterAsync(string role, int index, string displayName)
    {
        using var response = await RequestAsync(HttpMethod.Post, "/api/auth/register", null,
            new { email = $"bench-{role}-{_run}-{index}@bench.example", password = Password, displayName, role });
        await EnsureAsync(response, "Sign-up");
        return (await response.Content.ReadFromJsonAsync<AuthDto>(Json))!;
    }

    private async Task SendAsync(HttpMethod method, string path, string token, object? body)
    {
        using var response = await RequestAsync(method, path, token, body);
        await EnsureAsync(response, $"{method} {path}");
    }

    private async Task<HttpResponseMessage> RequestAsync(HttpMethod method, string path, string? token, object? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json);
        }

        return await _http.SendAsync(request);
    }

    private static async Task EnsureAsync(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{what} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        return options;
    }

    public void Dispose() => _http.Dispose();
}
