namespace Counseling.GrainInterfaces.Sessions;

/// <summary>
/// Why a session command was refused, as a stable code: not-participant, not-open, ended, empty, too-long,
/// bad-id, rate-limited, bad-signal.
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.SessionError")]
public sealed record SessionError(
    [property: Id(0)] string Code,
    [property: Id(1)] string Message);

[GenerateSerializer, Immutable, Alias("Counseling.JoinResult")]
public sealed record JoinResult(
    [property: Id(0)] SessionInfo? Session,
    [property: Id(1)] ChatMessage[] Missed,
    [property: Id(2)] bool MoreMissed,
    [property: Id(3)] SessionError? Error);

[GenerateSerializer, Immutable, Alias("Counseling.SendResult")]
public sealed record SendResult(
    [property: Id(0)] long Sequence,
    [property: Id(1)] DateTimeOffset SentAt,
    [property: Id(2)] bool Duplicate,
    [property: Id(3)] SessionError? Error);

[GenerateSerializer, Immutable, Alias("Counseling.HistoryResult")]
public sealed record HistoryResult(
    [property: Id(0)] ChatMessage[] Messages,
    [property: Id(1)] bool More,
    [property: Id(2)] SessionError? Error);
