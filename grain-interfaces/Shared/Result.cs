namespace Counseling.GrainInterfaces.Shared;

/// <summary>The outcome of a grain command that returns nothing on success: done, or a <see cref="DomainError"/>.</summary>
[GenerateSerializer, Immutable, Alias("Counseling.Result")]
public sealed record Result([property: Id(0)] DomainError? Error)
{
    public static Result Ok { get; } = new((DomainError?)null);

    public bool Succeeded => Error is null;

    public static implicit operator Result(DomainError error) => new(error);
}

/// <summary>
/// The outcome of a grain command: its <see cref="Value"/> on success, else a <see cref="DomainError"/>. One shape
/// for every grain, so the api maps every refusal the same way.
/// </summary>
[GenerateSerializer, Immutable, Alias("Counseling.Result`1")]
public sealed record Result<T>(
    [property: Id(0)] T? Value,
    [property: Id(1)] DomainError? Error)
{
    public bool Succeeded => Error is null;

    public static Result<T> Ok(T value) => new(value, null);

    public static implicit operator Result<T>(T value) => new(value, null);

    public static implicit operator Result<T>(DomainError error) => new(default, error);
}
