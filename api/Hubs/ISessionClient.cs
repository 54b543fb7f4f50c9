using Counseling.GrainInterfaces.Sessions;

namespace Counseling.Api.Hubs;

/// <summary>What the server calls on a browser that is in a session room.</summary>
public interface ISessionClient
{
    /// <summary>
    /// A stored message, including your own sent from your other connections (the connection that sent a message
    /// has it from Send's acknowledgement instead). Deduplicate and order by sequence.
    /// </summary>
    Task Message(ChatMessage message);

    /// <summary>typing, read, signal, joined, left, ending-soon.</summary>
    Task Event(Guid sessionId, SessionEvent sessionEvent);
}
