namespace Counseling.GrainInterfaces.Sessions;

/// <summary>
/// Kinds: typing, read (Data = sequence), signal (Data = JSON payload, Detail = offer/answer/ice/hangup/media),
/// joined, left, ending-soon, ended.
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.SessionEvent")]
public sealed record SessionEvent(
    [property: Id(0)] string Kind,
    [property: Id(1)] Guid FromUserId,
    [property: Id(2)] string? Detail,
    [property: Id(3)] string? Data);
