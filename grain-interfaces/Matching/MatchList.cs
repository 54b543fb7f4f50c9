namespace Counseling.GrainInterfaces.Matching;

/// <summary>
/// Counselors for an intake, best first. <see cref="Urgent"/> when the client's own record says they need help soon
/// (a severe recent score or the high-risk flag); then <see cref="Soonest"/> is the earliest free session among the
/// matches. <see cref="Message"/> says what to do when the list is empty.
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.MatchList")]
public sealed record MatchList(
    [property: Id(0)] CounselorMatch[] Matches,
    [property: Id(1)] bool Urgent,
    [property: Id(2)] SoonestSession? Soonest,
    [property: Id(3)] string? Message);
