namespace Counseling.GrainInterfaces.Purchases;

/// <summary>What a counselor submits to create or change an offer.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.PackageOfferDraft")]
public sealed record PackageOfferDraft(
    [property: Id(0)] string Name,
    [property: Id(1)] int Sessions,
    [property: Id(2)] int SessionMinutes,
    [property: Id(3)] long PriceMinor,
    [property: Id(4)] int ValidDays);
