using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Counseling.GrainInterfaces.Accounts;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Counseling.Api.Auth;

/// <summary>Issues short-lived access tokens and opaque refresh tokens.</summary>
public sealed class TokenService(IOptions<JwtOptions> options, TimeProvider clock)
{
    private static readonly JsonWebTokenHandler Handler = new();

    private readonly JwtOptions _options = options.Value;

    public SymmetricSecurityKey SigningKey => new(_options.SigningKeyBytes());

    /// <summary><paramref name="signInId"/> (claim "sid") tells which of the person's sign-ins a request comes from.</summary>
    public (string Token, DateTimeOffset ExpiresAt) CreateAccessToken(UserProfile user, Guid? signInId = null)
    {
        var now = clock.GetUtcNow();
        var expires = now + _options.AccessTokenLifetime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = _options.Issuer,
            Audience = _options.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.HmacSha256),
            Subject = new ClaimsIdentity(
            [
                new Claim(JwtRegisteredClaimNames.Sub, user.UserId.ToString()),
                new Claim(JwtRegisteredClaimNames.Name, user.DisplayName),
                new Claim(ClaimNames.Role, Roles.ToClaim(user.Role)),
                new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
                .. signInId is { } sid ? [new Claim(JwtRegisteredClaimNames.Sid, sid.ToString())] : Array.Empty<Claim>(),
            ]),
        };
        return (Handler.CreateToken(descriptor), expires);
    }

    /// <summary>
    /// A refresh token is "{user id}.{256 random bits}". The user id routes it to the right credential grain;
    /// only a SHA-256 hash of the whole token is ever stored.
    /// </summary>
    public (string Token, RefreshTokenIssue Issue) CreateRefreshToken(Guid userId, ClientInfo? client = null)
    {
        var secret = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var token = $"{userId:N}.{secret}";
        return (token, new RefreshTokenIssue(HashRefreshToken(token), clock.GetUtcNow() + _options.RefreshTokenLifetime, client?.Device, client?.Address));
    }

    public static bool TryReadRefreshTokenOwner(string token, out Guid userId)
    {
        userId = Guid.Empty;
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        return dot == 32 && token.Length > 33 && Guid.TryParseExact(token.AsSpan(0, dot), "N", out userId);
    }

    public static string HashRefreshToken(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public TokenValidationParameters ValidationParameters() => new()
    {
        ValidIssuer = _options.Issuer,
        ValidAudience = _options.Audience,
        IssuerSigningKey = SigningKey,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        ValidateIssuerSigningKey = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ClockSkew = JwtOptions.ClockSkew,
        NameClaimType = JwtRegisteredClaimNames.Name,
        RoleClaimType = ClaimNames.Role,
    };
}

public static class ClaimNames
{
    public const string Role = "role";
}
