namespace Counseling.GrainInterfaces.Counselors;

/// <summary>An amount in the currency's minor unit (cents), with an ISO 4217 code in upper case.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.Money")]
public sealed record Money(
    [property: Id(0)] long AmountMinor,
    [property: Id(1)] string Currency);
