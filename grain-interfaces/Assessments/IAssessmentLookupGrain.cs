namespace Counseling.GrainInterfaces.Assessments;

/// <summary>
/// Finds whose a response is from its id alone (a FHIR export link carries only that), so the caller can be checked
/// against that client's care team. Stateless: it reads the response store.
/// </summary>
[Alias("Counseling.IAssessmentLookupGrain")]
public interface IAssessmentLookupGrain : IGrainWithIntegerKey
{
    Task<Guid?> ClientOfAsync(Guid responseId);
}
