namespace Counseling.GrainInterfaces.Sessions;

/// <summary>A page of the transcript, in sequence order; <see cref="More"/> when another page follows.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.ChatPage")]
public sealed record ChatPage(
    [property: Id(0)] ChatMessage[] Messages,
    [property: Id(1)] bool More);
