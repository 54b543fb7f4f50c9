namespace Counseling.GrainInterfaces.Purchases;

/// <summary>The membership plans on sale, from configuration; a stateless worker so every silo answers locally.</summary>
[Alias("Counseling.IMembershipPlansGrain")]
public interface IMembershipPlansGrain : IGrainWithIntegerKey
{
    Task<MembershipPlan[]> GetPlansAsync();
}
