namespace Counseling.Grains.Accounts;

[GenerateSerializer, Alias("Counseling.CredentialState")]
public sealed record CredentialState
{
    [Id(0)] public string? PasswordHash { get; set; }
    [Id(1)] public int ConsecutiveFailures { get; set; }
    [Id(2)] public DateTimeOffset? LockedUntil { get; set; }
    [Id(3)] public List<RefreshTokenRecord> RefreshTokens { get; set; } = [];

    /// <summary>The hash of the one password-reset token that works now, and until when; null once spent.</summary>
    [Id(4)] public string? ResetTokenHash { get; set; }
    [Id(5)] public DateTimeOffset? ResetExpiresAt { get; set; }

    /// <summary>Per refresh-token family, the device and when and from where it was used.</summary>
    [Id(6)] public List<SignInRecord> SignIns { get; set; } = [];
}
