using Counseling.Api.Apis;
using Counseling.Api.Contracts;
using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Shared;
using System.Net.Http.Json;

namespace Counseling.Tests.Infrastructure;

/// <summary>Builds realistic starting points through the public api: verified counselors with hours, clients.</summary>
public static class Scenario
{
    /// <summary>Every day 00:00-24:00 in UTC, no buffers or notice: any future half hour is bookable.</summary>
    public static readonly Availability AroundTheClock = new(
        [.. Enum.GetValues<DayOfWeek>().Select(d => new WeeklyWindow(d, new TimeOnly(0, 0), new TimeOnly(23, 59, 59)))],
        [], [], BufferBeforeMinutes: 0, BufferAfterMinutes: 0, MinimumNoticeMinutes: 0, HorizonDays: 60, SlotIntervalMinutes: 30);

    public static CounselorProfile Profile(string name, string timeZone = "UTC", string specialty = "anxiety", long price = 8000, string language = "en") =>
        new(name, $"{name} helps adults with {specialty}.", [specialty], [language], [SessionModality.Chat, SessionModality.Video],
            new Money(price, "USD"), [50], timeZone);

    public sealed record Counselor(AuthResponse Auth, Guid Id, HttpClient Client);

    /// <summary>
    /// Registers a counselor, fills the profile, submits a credential (licensed in <paramref name="jurisdiction"/>), has
    /// the operator verify it, sets hours.
    /// </summary>
    public static async Task<Counselor> BookableCounselorAsync(this PlatformFixture platform, CounselorProfile? profile = null, Availability? availability = null, string jurisdiction = "CA")
    {
        var auth = await platform.RegisterAsync("counselor", displayName: profile?.DisplayName ?? "Dr. Test Counselor");
        var client = platform.CreateClient(auth.AccessToken);
        (await client.PutAsJsonAsync(Routes.CounselorRecord.Profile, profile ?? Profile("Dr. Test Counselor"), Json.Options)).EnsureSuccessStatusCode();
        (await client.PutAsJsonAsync(Routes.CounselorRecord.Credential, new CredentialRequest("LIC-" + auth.User.Id.ToString("N")[..8], jurisdiction, DateOnly.FromDateTime(DateTime.UtcNow.AddYears(1))))).EnsureSuccessStatusCode();
        (await client.PutAsJsonAsync(Routes.CounselorRecord.Availability, availability ?? AroundTheClock, Json.Options)).EnsureSuccessStatusCode();
        using var op = await platform.OperatorClientAsync();
        (await op.PostAsJsonAsync(Routes.Verifications.ById(auth.User.Id), new VerificationDecisionRequest(true, null))).EnsureSuccessStatusCode();
        return new Counselor(auth, auth.User.Id, client);
    }

    public sealed record LiveSession(Counselor Counselor, AuthResponse Client, AppointmentSummary Appointment)
    {
        public Guid Id => Appointment.Id;
    }

    /// <summary>A confirmed appointment starting within five minutes: its session room is open now.</summary>
    public static async Task<LiveSession> LiveSessionAsync(this PlatformFixture platform)
    {
        var counselor = await platform.BookableCounselorAsync(availability: AroundTheClock with { SlotIntervalMinutes = 5 });
        var clientAuth = await platform.RegisterAsync("client", displayName: "Session Client");
        using var client = platform.CreateClient(clientAuth.AccessToken);
        var now = DateTimeOffset.UtcNow;
        var start = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute / 5 * 5, 0, TimeSpan.Zero).AddMinutes(5);
        var booked = await client.BookAsync(counselor.Id, start);
        return new LiveSession(counselor, clientAuth, booked);
    }

    public static async Task<HttpClient> OperatorClientAsync(this PlatformFixture platform)
    {
        using var anonymous = platform.CreateClient();
        for (var attempt = 0; ; attempt++)
        {
            var response = await anonymous.PostAsJsonAsync(Routes.Auth.Login, new LoginRequest(PlatformFixture.OperatorEmail, PlatformFixture.OperatorPassword));
            if (response.IsSuccessStatusCode)
            {
                var auth = (await response.Content.ReadFromJsonAsync<AuthResponse>(Json.Options))!;
                return platform.CreateClient(auth.AccessToken);
            }

            if (attempt == 50)
            {
                response.EnsureSuccessStatusCode();
            }

            await Task.Delay(200); // the seeder runs in the background right after start-up
        }
    }

    /// <summary>The next whole half hour at least <paramref name="ahead"/> from now.</summary>
    public static DateTimeOffset SlotAhead(TimeSpan ahead)
    {
        var t = DateTimeOffset.UtcNow + ahead;
        var rounded = new DateTimeOffset(t.Year, t.Month, t.Day, t.Hour, t.Minute >= 30 ? 30 : 0, 0, TimeSpan.Zero).AddMinutes(30);
        return rounded is { Hour: 23, Minute: 30 } ? rounded.AddMinutes(30) : rounded; // a 50-minute session at 23:30 would cross the day's window
    }

    public static async Task<AppointmentSummary> HoldAsync(this HttpClient client, Guid counselorId, DateTimeOffset start, SessionModality modality = SessionModality.Video)
    {
        var response = await client.PostAsJsonAsync(Routes.Appointments.Prefix, new BookRequest(counselorId, start, 50, modality), Json.Options);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Hold failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<AppointmentSummary>(Json.Options))!;
    }

    /// <summary>Holds, then pays through the simulated provider (the platform's default without Stripe keys).</summary>
    public static async Task<AppointmentSummary> BookAsync(this HttpClient client, Guid counselorId, DateTimeOffset start)
    {
        var held = await client.HoldAsync(counselorId, start);
        (await client.PostAsync(Routes.Appointments.Checkout(held.Id), null)).EnsureSuccessStatusCode();
        var paid = await client.PostAsync(Routes.Payments.PaySimulated(held.Id), null);
        paid.EnsureSuccessStatusCode();
        return (await paid.Content.ReadFromJsonAsync<AppointmentSummary>(Json.Options))!;
    }
}

/// <summary>The api's JSON conventions (kebab-case enums), for reading its responses in tests.</summary>
public static class Json
{
    public static readonly System.Text.Json.JsonSerializerOptions Options = Create();

    private static System.Text.Json.JsonSerializerOptions Create()
    {
        var options = new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web);
        options.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.KebabCaseLower));
        return options;
    }
}
