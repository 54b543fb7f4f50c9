using Counseling.GrainInterfaces.Purchases;
using Orleans.Concurrency;
using Microsoft.Extensions.Options;

namespace Counseling.Grains.Purchases;

[GrainType("membership-plans"), StatelessWorker]
public sealed class MembershipPlansGrain(IOptions<MembershipOptions> options) : Grain, IMembershipPlansGrain
{
    public Task<MembershipPlan[]> GetPlansAsync() => Task.FromResult(options.Value.Resolve());
}
