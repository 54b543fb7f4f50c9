using Counseling.GrainInterfaces.Shared;

namespace Counseling.GrainInterfaces.Accounts;

/// <summary>What a person may be called on the platform (other people read it in lists, rooms and notifications).</summary>
public static class DisplayNames
{
    /// <summary>Why a display name cannot be used, or null: it needs some text, and no control characters.</summary>
    public static DomainError? Check(string? displayName) =>
        string.IsNullOrWhiteSpace(displayName) || displayName.Any(char.IsControl)
            ? DomainError.Invalid("displayName", "Enter a display name without control characters.")
            : null;
}
