using Counseling.GrainInterfaces.Assessments;
using Counseling.GrainInterfaces.Booking;

namespace Counseling.Grains.Assessments;

/// <summary>A time the schedule asks the client to assess: a key that never repeats for it, when to send, and the session it is for.</summary>
public sealed record ReassessmentOccasion(string Key, DateTimeOffset SendAt, DateTimeOffset? SessionStart);

/// <summary>
/// Works out from a schedule and the client's appointments when each request is due. Session cadences ask a day before
/// the session (at once when it was booked later than that) and never after it began; periodic ones send only the
/// latest occasion that has come, so a schedule that was asleep does not send a backlog. Pure.
/// </summary>
public static class ReassessmentOccasions
{
    /// <summary>How long before a session its assessment is requested: time to answer, close enough to mean today.</summary>
    public static readonly TimeSpan SessionLead = TimeSpan.FromDays(1);

    /// <summary>The occasions due now that have not been sent, oldest first.</summary>
    public static ReassessmentOccasion[] Due(ReassessmentPlan plan, int version, Guid counselorId, DateTimeOffset setAt,
        IEnumerable<AppointmentSummary> appointments, IReadOnlySet<string> sent, DateTimeOffset now)
    {
        var come = All(plan, version, counselorId, setAt, appointments, now).Where(o => o.SendAt <= now).ToList();
        if (plan.Cadence is ReassessmentCadence.EveryNWeeks or ReassessmentCadence.Once)
        {
            come = come.Count == 0 ? [] : [come[^1]];
        }

        return [.. come.Where(o => !sent.Contains(o.Key) && (o.SessionStart is not { } start || start > now))];
    }

    /// <summary>When the next occasion after now comes, if one is known yet (a session not booked yet is not).</summary>
    public static DateTimeOffset? Next(ReassessmentPlan plan, int version, Guid counselorId, DateTimeOffset setAt,
        IEnumerable<AppointmentSummary> appointments, DateTimeOffset now) =>
        All(plan, version, counselorId, setAt, appointments, now).Where(o => o.SendAt > now).Select(o => (DateTimeOffset?)o.SendAt).Min();

    private static IEnumerable<ReassessmentOccasion> All(ReassessmentPlan plan, int version, Guid counselorId, DateTimeOffset setAt,
        IEnumerable<AppointmentSummary> appointments, DateTimeOffset now)
    {
        switch (plan.Cadence)
        {
            case ReassessmentCadence.Once:
                yield return new ReassessmentOccasion($"v{version}:once", setAt, null);
                break;
            case ReassessmentCadence.EveryNWeeks:
                var every = TimeSpan.FromDays(7 * Math.Max(1, plan.EveryWeeks ?? 1));
                var passed = (int)Math.Max(0, (now - setAt) / every);
                for (var k = 0; k <= passed + 1; k++)
                {
                    yield return new ReassessmentOccasion($"v{version}:week:{k}", setAt + k * every, null);
                }

                break;
            default:
                // Sessions booked after the schedule was set, with the counselor who set it; "every other" counts them in order.
                var sessions = appointments
                    .Where(a => a.CounselorId == counselorId && IsBooked(a.Status) && a.Start > setAt)
                    .OrderBy(a => a.Start).ThenBy(a => a.Id).ToList();
                for (var i = 0; i < sessions.Count; i++)
                {
                    if (plan.Cadence == ReassessmentCadence.BeforeEveryOtherSession && i % 2 == 1)
                    {
                        continue;
                    }

                    var start = sessions[i].Start;
                    yield return new ReassessmentOccasion($"session:{sessions[i].Id:N}", Max(start - SessionLead, setAt), start);
                }

                break;
        }
    }

    /// <summary>A paid booking that has not been called off; a hold may still lapse.</summary>
    private static bool IsBooked(AppointmentStatus status) =>
        status is AppointmentStatus.Confirmed or AppointmentStatus.InSession or AppointmentStatus.Completed;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
