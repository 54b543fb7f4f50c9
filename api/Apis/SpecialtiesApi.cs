using Counseling.Api.Contracts;
using Counseling.GrainInterfaces.Counselors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Apis;

/// <summary>The fixed taxonomy counselors describe themselves with and clients search by.</summary>
public static class SpecialtiesApi
{
    public static IEndpointRouteBuilder MapSpecialtiesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Routes.Specialties.Prefix).WithTags("Directory").AllowAnonymous();
        group.MapGet(Routes.Root, List).WithName("ListSpecialties").WithSummary("The fixed taxonomy of specialties.");
        return app;
    }

    private static Ok<IEnumerable<SpecialtyResponse>> List() =>
        TypedResults.Ok(Specialties.All.Select(s => new SpecialtyResponse(s.Key, s.Value)));
}
