namespace Counseling.GrainInterfaces.Counselors;

/// <summary>The outcome of a counselor-side command; <see cref="Error"/> is a stable problem code when it failed.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.CommandResult")]
public sealed record CommandResult(
    [property: Id(0)] bool Succeeded,
    [property: Id(1)] string? Error,
    [property: Id(2)] string? Detail)
{
    public static CommandResult Ok { get; } = new(true, null, null);

    public static CommandResult Fail(string error, string detail) => new(false, error, detail);
}
