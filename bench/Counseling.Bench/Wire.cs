using System.Text.Json;
using System.Text.Json.Serialization;

namespace Counseling.Bench;

// The bench's own copies of the few api shapes it sends and reads. Only the fields it uses are declared; the api's
// JSON is camelCase with kebab-case enum strings ("video", "in-session").

public sealed record RegisterRequest(string Email, string Password, string DisplayName, string Role);

public sealed record LoginRequest(string Email, string Password);

public sealed record UserResponse(Guid Id, string Email, string DisplayName, string Role);

public sealed record AuthResponse(string AccessToken, UserResponse User);

public enum SessionModality
{
    Chat,
    Video,
}

public sealed record Money(long AmountMinor, string Currency);

public sealed record CounselorProfile(
    string DisplayName, string Bio, string[] Specialties, string[] Languages, SessionModality[] Modalities,
    Money PricePerSession, int[] SessionLengthsMinutes, string TimeZone);

public sealed record WeeklyWindow(DayOfWeek Day, TimeOnly Start, TimeOnly End);

public sealed record Availability(
    WeeklyWindow[] Weekly, object[] Overrides, object[] TimeOff, int BufferBeforeMinutes, int BufferAfterMinutes,
    int MinimumNoticeMinutes, int HorizonDays, int SlotIntervalMinutes);

public sealed record CredentialRequest(string LicenseNumber, string Jurisdiction, DateOnly ExpiresOn);

public sealed record VerificationDecisionRequest(bool Approve, string? Reason);

public sealed record BookRequest(Guid CounselorId, DateTimeOffset Start, int SessionMinutes, SessionModality Modality);

public enum AppointmentStatus
{
    Held,
    Confirmed,
    InSession,
    Completed,
    CancelledByClient,
    CancelledByCounselor,
    LateCancelled,
    NoShowClient,
    NoShowCounselor,
    Rescheduled,
    Expired,
}

public sealed record AppointmentSummary(Guid Id, Guid CounselorId, Guid ClientId, DateTimeOffset Start, DateTimeOffset End, AppointmentStatus Status)
{
    /// <summary>The statuses that occupy the counselor's calendar, as the platform defines them.</summary>
    public bool IsActive => Status is AppointmentStatus.Held or AppointmentStatus.Confirmed or AppointmentStatus.InSession;
}

public sealed record ProblemDocument(string? Type, string? Title, int? Status, string? Detail);

public sealed record SlotResponse(DateTimeOffset Start, DateTimeOffset End);

public sealed record SlotsResponse(Guid CounselorId, int SessionMinutes, SlotResponse[] Slots);

public static class Json
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        return options;
    }
}
