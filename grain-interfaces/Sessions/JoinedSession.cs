namespace Counseling.GrainInterfaces.Sessions;

/// <summary>A participant is in the room: the session, and the first page of what they missed.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.JoinedSession")]
public sealed record JoinedSession(
    [property: Id(0)] SessionInfo Session,
    [property: Id(1)] ChatMessage[] Missed,
    [property: Id(2)] bool MoreMissed);
