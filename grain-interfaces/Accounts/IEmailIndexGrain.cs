namespace Counseling.GrainInterfaces.Accounts;

/// <summary>
/// Keyed by a normalized email address: the single place that decides who owns it, so uniqueness
/// needs no table scan and two racing sign-ups for one address cannot both win.
/// </summary>
[Alias("Counseling.IEmailIndexGrain")]
public interface IEmailIndexGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates the account (profile and credentials) and claims this address for it, or reports that
    /// the address is taken. The claim is written last, so a failure part-way leaves nothing reachable.
    /// </summary>
    Task<RegistrationOutcome> RegisterAsync(NewAccount account);

    /// <summary>The id of the account that owns this address, or null.</summary>
    Task<Guid?> GetUserIdAsync();
}
