namespace Counseling.Grains.Crisis;

public sealed class OperatorRosterState
{
    public HashSet<Guid> Operators { get; set; } = [];

    public HashSet<Guid> OnCall { get; set; } = [];
}
