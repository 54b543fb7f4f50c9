using Counseling.GrainInterfaces.Counselors;

namespace Counseling.Grains.Counselors;

[GenerateSerializer, Alias("Counseling.CounselorState")]
public sealed record CounselorState
{
    [Id(0)] public CounselorProfile? Profile { get; set; }
    [Id(1)] public Credential? Credential { get; set; }
    [Id(2)] public Availability Availability { get; set; } = Availability.Empty;
    [Id(3)] public List<CredentialDecision> History { get; set; } = [];

    /// <summary>Active holds and bookings by appointment id; past and released ones are dropped.</summary>
    [Id(4)] public Dictionary<Guid, CalendarEntry> Calendar { get; set; } = [];

    /// <summary>The expiry date the 30-day warning was sent for, so the daily check warns once.</summary>
    [Id(5)] public DateOnly? ExpiryWarningSentFor { get; set; }
}
