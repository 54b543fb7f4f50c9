namespace Counseling.GrainInterfaces.Purchases;

[GenerateSerializer, Alias("Counseling.MembershipStatus")]
public enum MembershipStatus
{
    None,
    Active,
    Paused,

    /// <summary>A renewal charge failed; benefits are suspended while it is retried.</summary>
    PastDue,

    Ended,
}
