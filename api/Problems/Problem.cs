using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Problems;

/// <summary>Builds problem results from the catalog so that status, type and title always agree.</summary>
public static class Problem
{
    public static ProblemHttpResult Of(string code, string? detail = null)
    {
        var (status, title, _) = ProblemTypes.Catalog[code];
        return TypedResults.Problem(detail: detail, statusCode: status, title: title, type: ProblemTypes.Of(code));
    }

    public static ValidationProblem Validation(string field, string message) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [field] = [message] },
            title: ProblemTypes.Catalog["validation"].Title,
            type: ProblemTypes.Of("validation"));
}
