using Counseling.GrainInterfaces.Shared;

namespace Counseling.GrainInterfaces.Assessments;

/// <summary>
/// A client's re-assessment schedule, keyed by client id: sends each request (inbox and live), reminds, lets unanswered
/// requests expire and tells the counselor after too many missed in a row, all from one durable reminder whose every
/// tick is idempotent.
/// </summary>
[Alias("Counseling.IReassessmentGrain")]
public interface IReassessmentGrain : IGrainWithGuidKey
{
    Task<ReassessmentSchedule> GetAsync();

    /// <summary>Sets or replaces the schedule (the api checks that the caller is the client's counselor); null stops it.</summary>
    Task<Result<ReassessmentSchedule>> SetPlanAsync(Guid counselorId, ReassessmentPlan? plan);

    /// <summary>The client answered an instrument: completes what it was asked for and ends a run of missed requests.</summary>
    Task AnsweredAsync(string instrument, DateTimeOffset at);
}
