using Counseling.GrainInterfaces.Counselors;

namespace Counseling.GrainInterfaces.Sessions;

/// <summary>What a participant needs to show a session room.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.SessionInfo")]
public sealed record SessionInfo(
    [property: Id(0)] Guid SessionId,
    [property: Id(1)] Guid ClientId,
    [property: Id(2)] string ClientName,
    [property: Id(3)] Guid CounselorId,
    [property: Id(4)] string CounselorName,
    [property: Id(5)] DateTimeOffset Start,
    [property: Id(6)] DateTimeOffset End,
    [property: Id(7)] DateTimeOffset OpensAt,
    [property: Id(8)] DateTimeOffset ClosesAt,
    [property: Id(9)] SessionModality Modality,
    [property: Id(10)] long LastSequence,
    [property: Id(11)] long ClientReadUpTo,
    [property: Id(12)] long CounselorReadUpTo,
    [property: Id(13)] bool Ended);
