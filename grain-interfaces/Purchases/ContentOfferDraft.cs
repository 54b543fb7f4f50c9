namespace Counseling.GrainInterfaces.Purchases;

[GenerateSerializer, Immutable, Alias("Counseling.ContentOfferDraft")]
public sealed record ContentOfferDraft(
    [property: Id(0)] ContentKind Kind,
    [property: Id(1)] string Title,
    [property: Id(2)] string Summary,
    [property: Id(3)] long PriceMinor);
