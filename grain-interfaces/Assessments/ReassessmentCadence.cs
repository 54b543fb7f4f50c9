namespace Counseling.GrainInterfaces.Assessments;

/// <summary>When a client is asked to assess again (the cadences SimplePractice and Blueprint offer).</summary>
[GenerateSerializer, Alias("Counseling.ReassessmentCadence")]
public enum ReassessmentCadence
{
    /// <summary>A day before every session with the counselor who set the schedule.</summary>
    BeforeEverySession = 0,

    /// <summary>Before the first, third, fifth… session booked after the schedule was set.</summary>
    BeforeEveryOtherSession = 1,

    /// <summary>When the schedule is set and every <see cref="ReassessmentPlan.EveryWeeks"/> weeks after.</summary>
    EveryNWeeks = 2,

    /// <summary>One request, now.</summary>
    Once = 3,
}
