using Counseling.GrainInterfaces.Assessments;
using Orleans.Concurrency;

namespace Counseling.Grains.Assessments;

[StatelessWorker, GrainType("assessment-lookup")]
public sealed class AssessmentLookupGrain(IAssessmentStore store) : Grain, IAssessmentLookupGrain
{
    public Task<Guid?> ClientOfAsync(Guid responseId) => store.ClientOfAsync(responseId);
}
