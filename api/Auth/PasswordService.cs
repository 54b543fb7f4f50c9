using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Counseling.Api.Auth;

/// <summary>
/// Password policy and hashing. Hashing happens here, on the api node that received the password, so the
/// plaintext never travels to a silo or reaches storage. See docs/adr/0003-password-hashing.md.
/// </summary>
public sealed class PasswordService
{
    /// <summary>OWASP's floor for PBKDF2-HMAC-SHA512, which is what PasswordHasher's V3 format uses.</summary>
    public const int Iterations = 210_000;

    public const int MinLength = 8;

    /// <summary>zxcvbn scores 0 and 1 mean "guessable in under about a million tries": common passwords, names, dates.</summary>
    private const int MinScore = 2;

    private static readonly PasswordHasher<object> Hasher =
        new(Options.Create(new PasswordHasherOptions
        {
            CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3,
            IterationCount = Iterations,
        }));

    private static readonly object Subject = new();

    /// <summary>
    /// A hash of a random password, computed once. Checking an unknown email against it costs what checking a
    /// real account costs, so response time does not reveal which addresses have accounts.
    /// </summary>
    private static readonly Lazy<string> DecoyHash = new(() => Hasher.HashPassword(Subject, Guid.NewGuid().ToString()));

    public static string Hash(string password) => Hasher.HashPassword(Subject, password);

    /// <summary>Verifies a password; <paramref name="rehashed"/> is set when the stored hash uses weaker settings than today's.</summary>
    public static bool Verify(string? storedHash, string password, out string? rehashed)
    {
        rehashed = null;
        var result = Hasher.VerifyHashedPassword(Subject, storedHash ?? DecoyHash.Value, password);
        if (storedHash is null)
        {
            return false;
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            rehashed = Hash(password);
            return true;
        }

        return result == PasswordVerificationResult.Success;
    }

    /// <summary>Why this password is refused, or null when it is acceptable.</summary>
    public static string? Weakness(string password, params string[] personalWords)
    {
        if (password.Length < MinLength)
        {
            return $"Use at least {MinLength} characters.";
        }

        if (string.IsNullOrWhiteSpace(password))
        {
            return "The password cannot be only spaces.";
        }

        var inputs = personalWords
            .SelectMany(w => w.Split(['@', '.', ' ', '-', '_', '+'], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length >= 3)
            .Select(w => w.ToLowerInvariant())
            .ToList();
        var result = Zxcvbn.Zxcvbn.MatchPassword(password, inputs);
        var isCommonPassword = result.MatchSequence.OfType<Zxcvbn.Matcher.DictionaryMatch>()
            .Any(m => m.DictionaryName == "passwords" && m.Token.Length >= password.Length - 1);
        if (isCommonPassword)
        {
            return "This is one of the most commonly used passwords. Choose another.";
        }

        if (result.Score < MinScore)
        {
            return "This password is too easy to guess. Try a longer phrase of unrelated words.";
        }

        return null;
    }
}
