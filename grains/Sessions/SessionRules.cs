using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Shared;

namespace Counseling.Grains.Sessions;

/// <summary>What a message or a signal must look like before it is stored or relayed.</summary>
public static partial class SessionRules
{
    public const int MaxMessageBytes = 4096;
    public const int MaxSignalBytes = 64 * 1024;
    public static readonly string[] SignalKinds = ["offer", "answer", "ice", "hangup", "media"];

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex ClientId();

    /// <summary>
    /// Whether the room takes this participant now: only the appointment's client and counselor, only while it is
    /// booked, from <see cref="SessionOptions.OpensBefore"/> the start until <see cref="SessionOptions.Grace"/> after
    /// the end. Null when it does.
    /// </summary>
    public static DomainError? CheckOpen(AppointmentSummary? a, Guid userId, DateTimeOffset now, SessionOptions options)
    {
        if (a is null || (userId != a.ClientId && userId != a.CounselorId))
        {
            return NotParticipant;
        }

        if (a.Status is not (AppointmentStatus.Confirmed or AppointmentStatus.InSession))
        {
            return new DomainError(ErrorCodes.Ended, $"This session is not taking place (the appointment is {a.Status.Describe()}).");
        }

        if (now < a.Start - options.OpensBefore)
        {
            // The instant in UTC, for the page to write in each reader's own zone and clock style.
            var opensAt = (a.Start - options.OpensBefore).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            return new DomainError(ErrorCodes.NotOpen, $"The room opens at {opensAt}, {options.OpensBefore.TotalMinutes:0} minutes before the start.");
        }

        return now >= a.End + options.Grace ? new DomainError(ErrorCodes.Ended, "This session has ended.") : null;
    }

    public static DomainError NotParticipant { get; } = new(ErrorCodes.NotParticipant, "There is no such session among yours.");

    /// <summary>Null when the message may be stored; otherwise why not.</summary>
    public static DomainError? CheckMessage(string clientMessageId, string body)
    {
        if (!ClientId().IsMatch(clientMessageId ?? ""))
        {
            return new DomainError(ErrorCodes.BadId, "A message id is 1 to 64 letters, digits, '-' or '_'.");
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            return new DomainError(ErrorCodes.Empty, "A message needs some text.");
        }

        return Encoding.UTF8.GetByteCount(body) > MaxMessageBytes
            ? new DomainError(ErrorCodes.TooLong, $"A message can be at most {MaxMessageBytes} bytes.")
            : null;
    }

    /// <summary>Null when the payload is SDP- or ICE-shaped as its kind requires; otherwise what is wrong.</summary>
    public static string? CheckSignal(string? kind, string? data)
    {
        if (kind is null || !SignalKinds.Contains(kind))
        {
            return $"Unknown signal '{kind}'; expected one of {string.Join(", ", SignalKinds)}.";
        }

        if (data is not null && Encoding.UTF8.GetByteCount(data) > MaxSignalBytes)
        {
            return "The signal is too large.";
        }

        if (kind == "hangup")
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(data ?? "");
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return "The signal must be a JSON object.";
            }

            return kind switch
            {
                "offer" or "answer" =>
                    root.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == kind &&
                    root.TryGetProperty("sdp", out var sdp) && sdp.ValueKind == JsonValueKind.String && sdp.GetString()!.StartsWith("v=0", StringComparison.Ordinal)
                        ? null
                        : $"An {kind} needs \"type\": \"{kind}\" and an \"sdp\" session description.",
                "ice" =>
                    root.TryGetProperty("candidate", out var candidate) && candidate.ValueKind == JsonValueKind.String &&
                    (candidate.GetString() == "" || candidate.GetString()!.StartsWith("candidate:", StringComparison.Ordinal)) &&
                    (!root.TryGetProperty("sdpMLineIndex", out var index) || index.ValueKind is JsonValueKind.Number or JsonValueKind.Null) &&
                    (!root.TryGetProperty("sdpMid", out var mid) || mid.ValueKind is JsonValueKind.String or JsonValueKind.Null)
                        ? null
                        : "An ICE candidate needs a \"candidate\" string starting with \"candidate:\".",
                _ =>
                    root.TryGetProperty("audio", out var audio) && audio.ValueKind is JsonValueKind.True or JsonValueKind.False &&
                    root.TryGetProperty("video", out var video) && video.ValueKind is JsonValueKind.True or JsonValueKind.False
                        ? null
                        : "A media state needs boolean \"audio\" and \"video\".",
            };
        }
        catch (JsonException)
        {
            return "The signal is not valid JSON.";
        }
    }
}
