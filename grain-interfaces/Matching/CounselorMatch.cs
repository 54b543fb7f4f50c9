using Counseling.GrainInterfaces.Counselors;

namespace Counseling.GrainInterfaces.Matching;

/// <summary>
/// A counselor suggested for an intake: the higher <see cref="Score"/> (0 to 100) the better the fit, and
/// <see cref="Reasons"/> saying why in plain words. <see cref="PreferredSlots"/> are a few free times in the
/// client's preferred windows, over the next two weeks.
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.CounselorMatch")]
public sealed record CounselorMatch(
    [property: Id(0)] Guid CounselorId,
    [property: Id(1)] CounselorProfile Profile,
    [property: Id(2)] string Jurisdiction,
    [property: Id(3)] int Score,
    [property: Id(4)] string[] Reasons,
    [property: Id(5)] DateTimeOffset? NextFreeSlot,
    [property: Id(6)] Slot[] PreferredSlots);
