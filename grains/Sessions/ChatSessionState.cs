namespace Counseling.Grains.Sessions;

/// <summary>The small, whole part of a session; the messages themselves are transcript rows.</summary>
[GenerateSerializer, Alias("Counseling.ChatSessionState")]
public sealed record ChatSessionState
{
    [Id(0)] public long ClientReadUpTo { get; set; }
    [Id(1)] public long CounselorReadUpTo { get; set; }
}
