using System.Security.Cryptography;
using System.Text;

namespace Counseling.Api.Auth;

/// <summary>
/// Password-reset tokens: "{user id}.{32 random bytes, base64url}". Only the SHA-256 hash is stored; the token itself
/// exists in the email alone.
/// </summary>
public static class PasswordResetTokens
{
    public static (string Token, string Hash) Create(Guid userId)
    {
        var token = $"{userId:N}.{Base64Url(RandomNumberGenerator.GetBytes(32))}";
        return (token, Hash(token));
    }

    public static bool TryReadOwner(string token, out Guid userId)
    {
        userId = Guid.Empty;
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        return dot == 32 && token.Length == 32 + 1 + 43 && Guid.TryParseExact(token.AsSpan(0, dot), "N", out userId);
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
