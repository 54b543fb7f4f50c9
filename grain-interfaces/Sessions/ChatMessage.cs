namespace Counseling.GrainInterfaces.Sessions;

/// <summary>A stored chat message. Sequence numbers are per session, gap-free, starting at 1.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.ChatMessage")]
public sealed record ChatMessage(
    [property: Id(0)] Guid SessionId,
    [property: Id(1)] long Sequence,
    [property: Id(2)] string ClientMessageId,
    [property: Id(3)] Guid SenderId,
    [property: Id(4)] string Body,
    [property: Id(5)] DateTimeOffset SentAt);
