using Counseling.GrainInterfaces.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Problems;

/// <summary>Grain results as HTTP results: the value on success, the refusal as a problem.</summary>
public static class GrainResults
{
    public static Results<Ok<T>, ProblemHttpResult> OkOrProblem<T>(this Result<T> result) =>
        result.Error is { } error ? Problem.FromGrain(error) : TypedResults.Ok(result.Value!);

    /// <summary>A grain's value shown through a contract of the api (the grain's record is not the response).</summary>
    public static Results<Ok<TResponse>, ProblemHttpResult> OkOrProblem<T, TResponse>(this Result<T> result, Func<T, TResponse> respond) =>
        result.Error is { } error ? Problem.FromGrain(error) : TypedResults.Ok(respond(result.Value!));

    public static Results<Created<T>, ProblemHttpResult> CreatedOrProblem<T>(this Result<T> result, Func<T, string> location) =>
        result.Error is { } error ? Problem.FromGrain(error) : TypedResults.Created(location(result.Value!), result.Value!);

    public static Results<NoContent, ProblemHttpResult> NoContentOrProblem(this Result result) =>
        result.Error is { } error ? Problem.FromGrain(error) : TypedResults.NoContent();
}
