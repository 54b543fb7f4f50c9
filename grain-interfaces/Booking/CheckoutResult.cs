using Counseling.GrainInterfaces.Counselors;

namespace Counseling.GrainInterfaces.Booking;

/// <summary>Where to send the client to pay, or why not.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.CheckoutResult")]
public sealed record CheckoutResult(
    [property: Id(0)] string? Url,
    [property: Id(1)] string? Error,
    [property: Id(2)] string? Detail,
    [property: Id(3)] Money? Amount = null);
