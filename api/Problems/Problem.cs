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

    /// <summary>
    /// A failure reported by a grain as (code, detail). Validation details read "field: message", which becomes a
    /// field error; other codes map to their catalog entry.
    /// </summary>
    public static IResult FromGrain(string code, string? detail)
    {
        if (code == "validation")
        {
            var colon = detail?.IndexOf(':', StringComparison.Ordinal) ?? -1;
            return colon > 0
                ? Validation(detail![..colon], detail[(colon + 1)..].Trim())
                : Validation("request", detail ?? "Invalid request.");
        }

        return Of(ProblemTypes.Catalog.ContainsKey(code) ? code : "invalid-transition", detail);
    }

    public static ValidationProblem Validation(string field, string message) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [field] = [message] },
            title: ProblemTypes.Catalog["validation"].Title,
            type: ProblemTypes.Of("validation"));
}
