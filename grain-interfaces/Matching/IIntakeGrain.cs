using Counseling.GrainInterfaces.Shared;

namespace Counseling.GrainInterfaces.Matching;

/// <summary>
/// One client's intake, keyed by the client's user id. Only that client reads or changes it: the api checks the
/// caller before calling.
/// </summary>
[Alias("Counseling.IIntakeGrain")]
public interface IIntakeGrain : IGrainWithGuidKey
{
    /// <summary>The saved intake, or null when the client has not filled it in.</summary>
    Task<SavedIntake?> GetAsync();

    /// <summary>Checks and replaces the intake. A refusal names the field; nothing is saved then. Idempotent.</summary>
    Task<Result<SavedIntake>> SaveAsync(ClientIntake intake);
}
