namespace Counseling.GrainInterfaces.Shared;

/// <summary>Where to send the client to pay, and what they will be asked to pay there.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.CheckoutLink")]
public sealed record CheckoutLink(
    [property: Id(0)] string Url,
    [property: Id(1)] Money Amount);
