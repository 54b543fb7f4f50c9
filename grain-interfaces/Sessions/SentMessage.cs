namespace Counseling.GrainInterfaces.Sessions;

/// <summary>
/// The acknowledgement of a stored message: its sequence and time. <see cref="Duplicate"/> when the client message
/// id was already known (a retry), in which case nothing new was stored.
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.SentMessage")]
public sealed record SentMessage(
    [property: Id(0)] long Sequence,
    [property: Id(1)] DateTimeOffset SentAt,
    [property: Id(2)] bool Duplicate);
