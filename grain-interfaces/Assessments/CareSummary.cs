namespace Counseling.GrainInterfaces.Assessments;

/// <summary>What a client's counselor sees at a glance: who they are, the high-risk flag and the latest response per instrument.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.CareSummary")]
public sealed record CareSummary(
    [property: Id(0)] Guid ClientId,
    [property: Id(1)] HighRiskFlag? HighRisk,
    [property: Id(2)] AssessmentResponse[] Latest,
    [property: Id(3)] HighRiskChange[] HighRiskHistory,
    [property: Id(4)] string? ClientName = null);
