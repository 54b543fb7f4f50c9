using System.ComponentModel.DataAnnotations;
using Counseling.GrainInterfaces.Counselors;

namespace Counseling.Api.Contracts;

public sealed record BookRequest(Guid CounselorId, DateTimeOffset Start, [property: Range(15, 180, ErrorMessage = "Choose a session length between 15 and 180 minutes.")] int SessionMinutes, SessionModality Modality);

public sealed record CancelRequest([property: MaxLength(500, ErrorMessage = "Keep the reason to 500 characters or fewer.")] string? Reason);

/// <summary>Why a session ended well before its scheduled end (needed then; ignored near or after the end).</summary>
public sealed record CompleteRequest([property: MaxLength(500, ErrorMessage = "Keep the reason to 500 characters or fewer.")] string? Reason);

public sealed record RescheduleRequest(DateTimeOffset Start);

/// <summary>How a held slot is paid for instead of by card: "package" (a package credit) or "membership" (an included session).</summary>
public sealed record RedeemRequest([property: Required(ErrorMessage = "Choose which credit pays for the session.")] string Source);

public sealed record CalendarFeedResponse(string Url);
