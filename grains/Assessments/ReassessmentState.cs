using Counseling.GrainInterfaces.Assessments;

namespace Counseling.Grains.Assessments;

public sealed class ReassessmentState
{
    public ReassessmentPlan? Plan { get; set; }

    public Guid? SetBy { get; set; }

    public DateTimeOffset? SetAt { get; set; }

    /// <summary>Bumped on every change of plan, so that a new plan's periodic occasions never collide with the old one's.</summary>
    public int Version { get; set; }

    /// <summary>Every request sent, oldest first (trimmed to the newest <c>ReassessmentGrain.KeptRequests</c>).</summary>
    public List<ReassessmentRequest> Requests { get; set; } = [];

    /// <summary>Occasion keys already sent, kept beyond the trimmed requests so that none is ever sent twice.</summary>
    public HashSet<string> Sent { get; set; } = [];

    public int MissedInARow { get; set; }
}
