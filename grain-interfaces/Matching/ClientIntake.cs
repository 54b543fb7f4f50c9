using Counseling.GrainInterfaces.Counselors;

namespace Counseling.GrainInterfaces.Matching;

/// <summary>
/// What a client looks for in a counselor and where they live. <see cref="Concerns"/> are codes of
/// <see cref="Specialties"/>; <see cref="Languages"/> are language tags as counselors' profiles carry them ("es",
/// "pt-BR"); prices are in minor units of <see cref="Currency"/>; <see cref="Country"/> is ISO 3166-1 alpha-2 and
/// <see cref="Region"/> the state or province (a code such as "NY" for the US and Canada); preferred times are in
/// <see cref="TimeZone"/> (IANA). Counselors must be licensed where the client lives.
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.ClientIntake")]
public sealed record ClientIntake(
    [property: Id(0)] string[] Concerns,
    [property: Id(1)] string[] Languages,
    [property: Id(2)] SessionModality? Modality,
    [property: Id(3)] long? MinPriceMinor,
    [property: Id(4)] long MaxPriceMinor,
    [property: Id(5)] string Currency,
    [property: Id(6)] string Country,
    [property: Id(7)] string? Region,
    [property: Id(8)] string TimeZone,
    [property: Id(9)] PreferredTime[] PreferredTimes);
