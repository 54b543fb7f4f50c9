namespace Counseling.GrainInterfaces.Shared;

/// <summary>
/// Why a grain refused a command: a stable <see cref="Code"/> from <see cref="ErrorCodes"/> that callers branch on,
/// the request field it concerns (for validation), and a sentence a person can act on. The api turns it into an
/// RFC 7807 problem, the session hub into a coded hub error; nothing parses the message.
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.DomainError")]
public sealed record DomainError(
    [property: Id(0)] string Code,
    [property: Id(1)] string Message,
    [property: Id(2)] string? Field = null)
{
    /// <summary>A field of the request is missing or wrong.</summary>
    public static DomainError Invalid(string field, string message) => new(ErrorCodes.Validation, message, field);

    public static DomainError NotFound(string message) => new(ErrorCodes.NotFound, message);

    public static DomainError InvalidTransition(string message) => new(ErrorCodes.InvalidTransition, message);
}
