namespace Counseling.GrainInterfaces.Assessments;

/// <summary>
/// What a submitted response scores: its total, the severity band it falls in, and safety flags that stand
/// whatever the total ("self-harm-risk" when PHQ-9 item 9 is answered above 0).
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.AssessmentScore")]
public sealed record AssessmentScore([property: Id(0)] int Total, [property: Id(1)] string Band, [property: Id(2)] string[] Flags)
{
    public const string SelfHarmRisk = "self-harm-risk";
}
