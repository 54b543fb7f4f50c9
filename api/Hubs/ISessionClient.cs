using Counseling.GrainInterfaces.Sessions;

namespace Counseling.Api.Hubs;

/// <summary>What the server calls on a browser that is in a session room.</summary>
public interface ISessionClient
{
    /// <summary>A stored message (including your own, echoed to your other devices). Deduplicate by sequence.</summary>
    Task Message(ChatMessage message);

    /// <summary>typing, read, signal, joined, left, ending-soon.</summary>
    Task Event(Guid sessionId, SessionEvent sessionEvent);
}
