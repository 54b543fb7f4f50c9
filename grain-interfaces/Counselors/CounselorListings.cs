using Counseling.GrainInterfaces.Shared;

namespace Counseling.GrainInterfaces.Counselors;

/// <summary>What anyone may see of a counselor: only one who can be booked, with a profile and a credential, is listed.</summary>
public static class CounselorListings
{
    public static bool IsListed(this CounselorView view) => view is { Bookable: true, Profile: not null, Credential: not null };

    /// <summary>The counselor as the public directory shows them, or null when they are not listed.</summary>
    public static DirectoryEntry? Listing(this CounselorView view, DateTimeOffset? nextFreeSlot) =>
        view is { Bookable: true, Profile: { } profile, Credential: { } credential }
            ? new DirectoryEntry(view.CounselorId, profile, credential.Jurisdiction, credential.ExpiresOn, nextFreeSlot)
            : null;

    /// <summary>The session length free slots are shown for: the one asked for if the counselor offers it, else their shortest.</summary>
    public static Result<int> SlotLength(this CounselorView view, int? requested)
    {
        if (!view.Bookable || view.Profile is not { } profile)
        {
            return DomainError.NotFound("No bookable counselor has this id.");
        }

        var minutes = requested ?? profile.SessionLengthsMinutes.Min();
        return profile.SessionLengthsMinutes.Contains(minutes)
            ? Result<int>.Ok(minutes)
            : DomainError.Invalid("length", $"This counselor offers {string.Join(", ", profile.SessionLengthsMinutes)}-minute sessions.");
    }
}
