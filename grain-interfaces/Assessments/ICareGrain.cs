using Counseling.GrainInterfaces.Shared;

namespace Counseling.GrainInterfaces.Assessments;

/// <summary>
/// One client's measurement-based care, keyed by client id: their assessment responses (kept append-only outside the
/// grain), the high-risk flag, and the crisis alerts their answers raise.
/// </summary>
[Alias("Counseling.ICareGrain")]
public interface ICareGrain : IGrainWithGuidKey
{
    /// <summary>
    /// Scores and stores a response; a self-harm answer raises a crisis alert and the high-risk flag. Refusals name the
    /// item; nothing is stored then. A repeated idempotency key returns the first response.
    /// </summary>
    Task<Result<AssessmentResponse>> SubmitAsync(AssessmentSubmission submission);

    /// <summary>The client's responses, newest first, optionally for one instrument.</summary>
    Task<AssessmentResponse[]> HistoryAsync(string? instrument);

    /// <summary>Per instrument, the totals to chart and each episode's change from baseline, response and remission.</summary>
    Task<AssessmentTrend[]> TrendsAsync();

    /// <summary>One of the client's responses, or null.</summary>
    Task<AssessmentResponse?> FindAsync(Guid responseId);

    Task<CareSummary> GetSummaryAsync();

    /// <summary>A counselor's concern about the client: raises a crisis alert and the high-risk flag.</summary>
    Task<Result<Guid>> RaiseConcernAsync(Guid counselorId, string note);

    /// <summary>Whether the counselor has or had a booked appointment with this client (and so may read their scores).</summary>
    Task<bool> HasCounselorAsync(Guid counselorId);

    /// <summary>Clears the high-risk flag (staff only: the api checks the caller), with a note of why.</summary>
    Task<Result> ClearHighRiskAsync(Guid staffId, string note);
}
