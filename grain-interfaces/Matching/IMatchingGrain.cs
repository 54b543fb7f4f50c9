using Counseling.GrainInterfaces.Shared;

namespace Counseling.GrainInterfaces.Matching;

/// <summary>Suggests counselors for an intake (a stateless worker, key 0). Anyone may ask; nothing is saved.</summary>
[Alias("Counseling.IMatchingGrain")]
public interface IMatchingGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Checks the intake (a refusal names the field), keeps the verified, bookable counselors licensed where the client
    /// lives who fit the hard rules, and ranks them. With a client id, the client's care record decides urgency.
    /// </summary>
    Task<Result<MatchList>> MatchAsync(ClientIntake intake, Guid? clientId);
}
