namespace Counseling.GrainInterfaces.Booking;

/// <summary>The silo's booking policy, readable from any api node (a stateless worker: answered locally).</summary>
[Alias("Counseling.IBookingPolicyGrain")]
public interface IBookingPolicyGrain : IGrainWithIntegerKey
{
    Task<CancellationPolicy> GetCancellationPolicyAsync();
}
