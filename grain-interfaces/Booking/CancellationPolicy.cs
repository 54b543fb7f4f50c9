namespace Counseling.GrainInterfaces.Booking;

/// <summary>The cancellation policy as clients are told it before they book and before they cancel.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.CancellationPolicy")]
public sealed record CancellationPolicy(
    [property: Id(0)] double WindowHours,
    [property: Id(1)] decimal LateCancellationRefundPercent,
    [property: Id(2)] decimal PlatformFeePercent);
