using Counseling.GrainInterfaces.Assessments;

namespace Counseling.Grains.Assessments;

/// <summary>
/// Submitted responses, append-only (the database refuses changes). Written and read only by the client's care
/// grain, so one writer per client.
/// </summary>
public interface IAssessmentStore
{
    /// <summary>
    /// Stores the response; when the client already stored one under the same idempotency key, stores nothing and
    /// returns that one.
    /// </summary>
    Task<AssessmentResponse> AppendAsync(AssessmentResponse response, string? idempotencyKey);

    /// <summary>The response stored under the client's idempotency key, or null.</summary>
    Task<AssessmentResponse?> FindByKeyAsync(Guid clientId, string idempotencyKey);

    Task<AssessmentResponse?> FindAsync(Guid clientId, Guid responseId);

    /// <summary>Whose response this is, or null.</summary>
    Task<Guid?> ClientOfAsync(Guid responseId);

    /// <summary>Newest first.</summary>
    Task<AssessmentResponse[]> HistoryAsync(Guid clientId, string? instrument, int limit);
}
