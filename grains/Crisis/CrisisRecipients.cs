using Counseling.GrainInterfaces.Crisis;

namespace Counseling.Grains.Crisis;

/// <summary>Who an alert, or one step of its escalation, tells. Pure.</summary>
public static class CrisisRecipients
{
    /// <summary>The client's counselor and the operators on call (every operator when nobody is on call).</summary>
    public static Guid[] First(Guid? counselorId, OperatorRoster roster) =>
        Distinct(counselorId, roster.FirstResponders);

    public static Guid[] ForStep(EscalationStep step, Guid? counselorId, OperatorRoster roster) =>
        Distinct(step.Notify.Contains(CrisisOptions.Counselor) ? counselorId : null,
            [.. step.Notify.Contains(CrisisOptions.AllOperators) ? roster.Operators : [], .. step.Notify.Contains(CrisisOptions.OnCall) ? roster.FirstResponders : []]);

    private static Guid[] Distinct(Guid? counselorId, IEnumerable<Guid> operators) =>
        [.. (counselorId is { } c ? operators.Prepend(c) : operators).Distinct()];
}
