using System.ComponentModel.DataAnnotations;

namespace Counseling.Api.Auth;

/// <summary>Token settings, bound from the "Jwt" section and validated at start.</summary>
public sealed class JwtOptions : IValidatableObject
{
    public const string Section = "Jwt";

    [Required] public string Issuer { get; set; } = "counseling";

    [Required] public string Audience { get; set; } = "counseling-web";

    /// <summary>Base64 HMAC-SHA256 key of at least 32 bytes, shared by every api node. Never committed.</summary>
    [Required] public string SigningKey { get; set; } = "";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);

    public static readonly TimeSpan MaxAccessTokenLifetime = TimeSpan.FromMinutes(15);

    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    public byte[] SigningKeyBytes()
    {
        try
        {
            return Convert.FromBase64String(SigningKey);
        }
        catch (FormatException)
        {
            return [];
        }
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SigningKeyBytes().Length < 32)
        {
            yield return new ValidationResult(
                "Jwt:SigningKey must be a base64 string of at least 32 random bytes (e.g. `openssl rand -base64 48`).",
                [nameof(SigningKey)]);
        }

        if (AccessTokenLifetime <= TimeSpan.Zero || AccessTokenLifetime > MaxAccessTokenLifetime)
        {
            yield return new ValidationResult("Jwt:AccessTokenLifetime must be positive and at most 15 minutes.", [nameof(AccessTokenLifetime)]);
        }

        if (RefreshTokenLifetime <= AccessTokenLifetime)
        {
            yield return new ValidationResult("Jwt:RefreshTokenLifetime must be longer than the access token lifetime.", [nameof(RefreshTokenLifetime)]);
        }
    }
}
