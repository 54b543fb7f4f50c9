using Counseling.GrainInterfaces.Assessments;

namespace Counseling.Grains.Assessments;

/// <summary>A client's care record; the responses themselves are in the append-only store.</summary>
public sealed class CareState
{
    public HighRiskFlag? HighRisk { get; set; }

    public List<HighRiskChange> HighRiskHistory { get; set; } = [];

    /// <summary>The newest response per instrument, to compare the next one with.</summary>
    public List<AssessmentResponse> Latest { get; set; } = [];

    /// <summary>
    /// Flagged responses whose alert may not have been raised yet: saved before the response is stored, cleared once the
    /// alert is, and finished by a reminder when the activation died in between.
    /// </summary>
    public List<Guid> AlertsToRaise { get; set; } = [];
}
