using Counseling.GrainInterfaces.Shared;

namespace Counseling.GrainInterfaces.Accounts;

/// <summary>One user's profile, keyed by user id.</summary>
[Alias("Counseling.IUserGrain")]
public interface IUserGrain : IGrainWithGuidKey
{
    /// <summary>Creates the profile. Idempotent for the same profile; a different one for an existing user throws.</summary>
    Task CreateAsync(UserProfile profile);

    /// <summary>The profile, or null when no account has this id.</summary>
    Task<UserProfile?> GetProfileAsync();

    /// <summary>
    /// The zone and clock style every time is shown to this person in (null zone: the browser's own). An unknown
    /// zone is refused with a validation error on "timeZone".
    /// </summary>
    Task<Result<UserProfile>> SetDisplayPreferencesAsync(string? timeZone, ClockStyle clock);
}
