namespace Counseling.GrainInterfaces.Crisis;

/// <summary>The operators, and which of them are on call for crisis alerts (key 0).</summary>
[Alias("Counseling.IOperatorRosterGrain")]
public interface IOperatorRosterGrain : IGrainWithIntegerKey
{
    /// <summary>Adds an operator account. Idempotent.</summary>
    Task EnlistAsync(Guid operatorId);

    Task SetOnCallAsync(Guid operatorId, bool onCall);

    Task<OperatorRoster> GetAsync();
}

[GenerateSerializer, Immutable, Alias("Counseling.OperatorRoster")]
public sealed record OperatorRoster([property: Id(0)] Guid[] Operators, [property: Id(1)] Guid[] OnCall)
{
    /// <summary>Who hears of a new alert first: the operators on call, or every operator when nobody is.</summary>
    public Guid[] FirstResponders => OnCall.Length > 0 ? OnCall : Operators;
}
