namespace Counseling.Api.Auth;

/// <summary>Limits on sign-in attempts, bound from "LoginThrottle". Lockout after repeated failures lives in the credential grain.</summary>
public sealed class LoginThrottleOptions
{
    public const string Section = "LoginThrottle";

    /// <summary>Sign-in, sign-up and refresh requests per client address per window.</summary>
    public int PermitsPerAddress { get; set; } = 30;

    /// <summary>Sign-in attempts per email address per window, whether or not an account exists for it.</summary>
    public int PermitsPerAccount { get; set; } = 10;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(5);
}
