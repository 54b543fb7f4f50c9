namespace Counseling.GrainInterfaces.Accounts;

/// <summary>One user's profile, keyed by user id.</summary>
[Alias("Counseling.IUserGrain")]
public interface IUserGrain : IGrainWithGuidKey
{
    /// <summary>Creates the profile. Idempotent for the same profile; a different one for an existing user throws.</summary>
    Task CreateAsync(UserProfile profile);

    /// <summary>The profile, or null when no account has this id.</summary>
    Task<UserProfile?> GetProfileAsync();
}
