using Counseling.Api.Contracts;
using Counseling.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Apis;

/// <summary>Makes every problem "type" URI resolvable to its description, as RFC 7807 recommends.</summary>
public static class ProblemTypesApi
{
    public static IEndpointRouteBuilder MapProblemTypesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Routes.ProblemTypes.Prefix).WithTags("Problems").AllowAnonymous();
        group.MapGet(Routes.Root, () => TypedResults.Ok(ProblemTypes.Catalog.Select(e => Describe(e.Key))))
            .WithName("ListProblemTypes").WithSummary("Every problem type this api answers with.");
        group.MapGet(Routes.ProblemTypes.ByCodeTemplate, Results<Ok<ProblemTypeResponse>, ProblemHttpResult> (string code) =>
                ProblemTypes.Catalog.ContainsKey(code) ? TypedResults.Ok(Describe(code)) : Problem.Of("not-found", "No such problem type."))
            .WithName("GetProblemType").WithSummary("What one problem type means and what to do about it.");
        return app;
    }

    private static ProblemTypeResponse Describe(string code)
    {
        var (status, title, description) = ProblemTypes.Catalog[code];
        return new ProblemTypeResponse(ProblemTypes.Of(code), status, title, description);
    }
}
