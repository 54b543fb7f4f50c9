namespace Counseling.Api.Auth;

public static class EmailAddresses
{
    /// <summary>
    /// The form under which an address is unique: trimmed and lower-cased (invariant). Providers treat the
    /// local part case-insensitively in practice, and users type it both ways.
    /// </summary>
    public static string Normalize(string email) => email.Trim().ToLowerInvariant();
}
