namespace Counseling.Grains.Crisis;

/// <summary>How crisis alerts are acknowledged and escalated, bound from the "Crisis" section of the silo's configuration.</summary>
public sealed class CrisisOptions
{
    public const string Section = "Crisis";

    /// <summary>Who a step notifies.</summary>
    public const string Counselor = "counselor";
    public const string OnCall = "on-call";
    public const string AllOperators = "all-operators";

    /// <summary>How long the first people told have to acknowledge an alert.</summary>
    public TimeSpan AcknowledgeWithin { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// What happens while an alert stays unacknowledged past its deadline, in order. Null: <see cref="DefaultEscalation"/>.
    /// (An array default would be appended to by configuration binding rather than replaced.)
    /// </summary>
    public EscalationStep[]? Escalation { get; set; }

    /// <summary>At the deadline every operator is told; fifteen minutes later, every operator and the counselor again.</summary>
    public static readonly EscalationStep[] DefaultEscalation =
    [
        new() { AfterDeadline = TimeSpan.Zero, Notify = [AllOperators] },
        new() { AfterDeadline = TimeSpan.FromMinutes(15), Notify = [AllOperators, Counselor] },
    ];

    public EscalationStep[] Steps => Escalation is { Length: > 0 } steps ? steps : DefaultEscalation;

    public static bool IsValid(CrisisOptions o) =>
        o.AcknowledgeWithin > TimeSpan.Zero
        && o.Steps.All(s => s.AfterDeadline >= TimeSpan.Zero && s.Notify.Length > 0 && s.Notify.All(n => n is Counselor or OnCall or AllOperators))
        && o.Steps.Zip(o.Steps.Skip(1)).All(p => p.First.AfterDeadline < p.Second.AfterDeadline);
}

/// <summary>One step of the escalation chain: how long after the deadline it fires, and whom it tells.</summary>
public sealed class EscalationStep
{
    public TimeSpan AfterDeadline { get; set; }

    public string[] Notify { get; set; } = [];
}
