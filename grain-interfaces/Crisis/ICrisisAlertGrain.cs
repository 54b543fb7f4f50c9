using Counseling.GrainInterfaces.Shared;

namespace Counseling.GrainInterfaces.Crisis;

/// <summary>
/// One crisis alert, keyed by its id: delivered to the client's counselor and the on-call operators, to be
/// acknowledged before a deadline, escalated step by step by durable reminders when it is not.
/// </summary>
[Alias("Counseling.ICrisisAlertGrain")]
public interface ICrisisAlertGrain : IGrainWithGuidKey
{
    /// <summary>Creates and delivers the alert. Idempotent: raising it again returns the alert as it stands.</summary>
    Task<CrisisAlert> RaiseAsync(CrisisAlertRequest request);

    /// <summary>The alert, or null when none has this id.</summary>
    Task<CrisisAlert?> GetAsync();

    /// <summary>Records that a recipient opened the alert (once per person).</summary>
    Task MarkSeenAsync(Guid userId);

    /// <summary>Stops the escalation: someone took responsibility, and the note says what they did.</summary>
    Task<Result<CrisisAlert>> AcknowledgeAsync(Guid userId, string note);

    /// <summary>Closes the alert with a note of the outcome; an open alert is acknowledged by resolving it.</summary>
    Task<Result<CrisisAlert>> ResolveAsync(Guid userId, string note);
}
