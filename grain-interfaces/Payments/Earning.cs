using Counseling.GrainInterfaces.Shared;

namespace Counseling.GrainInterfaces.Payments;

/// <summary>An earning not yet in any settlement.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.Earning")]
public sealed record Earning(
    [property: Id(0)] Guid AppointmentId,
    [property: Id(1)] Money Amount,
    [property: Id(2)] DateTimeOffset EarnedAt,
    [property: Id(3)] string Source = EarningSources.Session);
