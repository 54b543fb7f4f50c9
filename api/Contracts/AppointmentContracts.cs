using System.ComponentModel.DataAnnotations;
using Counseling.GrainInterfaces.Counselors;

namespace Counseling.Api.Contracts;

public sealed record BookRequest(Guid CounselorId, DateTimeOffset Start, [property: Range(15, 180)] int SessionMinutes, SessionModality Modality);

public sealed record CancelRequest([property: MaxLength(500)] string? Reason);

public sealed record RescheduleRequest(DateTimeOffset Start);

public sealed record MarkReadRequest([property: MaxLength(200)] Guid[]? Ids);

public sealed record CalendarFeedResponse(string Url);
