namespace Counseling.Grains.Sessions;

/// <summary>The live session room, bound from the "Sessions" section of the silo's configuration.</summary>
public sealed class SessionOptions
{
    public const string Section = "Sessions";

    /// <summary>How early before the start the session room opens.</summary>
    public TimeSpan OpensBefore { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long after the scheduled end the room stays open; then the session ends itself.</summary>
    public TimeSpan Grace { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>When participants are warned that the session is about to end.</summary>
    public TimeSpan EndingSoonWarning { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Chat flood control per sender: a burst, then a steady rate.</summary>
    public int MessageBurst { get; set; } = 20;

    public int MessagesPerSecond { get; set; } = 5;
}
