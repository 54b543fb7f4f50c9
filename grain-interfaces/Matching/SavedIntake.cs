namespace Counseling.GrainInterfaces.Matching;

/// <summary>A client's intake as last saved, checked and normalised (codes in upper case, state names as codes).</summary>
[GenerateSerializer, Immutable, Alias("Counseling.SavedIntake")]
public sealed record SavedIntake(
    [property: Id(0)] ClientIntake Intake,
    [property: Id(1)] DateTimeOffset SavedAt);
