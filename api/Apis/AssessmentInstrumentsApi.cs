using Counseling.GrainInterfaces.Assessments;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Apis;

/// <summary>
/// The self-assessments the platform offers, as published (items, answers, bands, LOINC codes). Public: a person can
/// read the questions before creating an account, and a clinic's system can map the codes.
/// </summary>
public static class AssessmentInstrumentsApi
{
    public static IEndpointRouteBuilder MapAssessmentInstrumentsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Routes.AssessmentInstruments.Prefix).WithTags("Assessments").AllowAnonymous();
        group.MapGet(Routes.Root, List).WithName("ListAssessmentInstruments")
            .WithSummary("PHQ-9 and GAD-7: items with LOINC codes, answer options scored 0–3, severity bands.");
        return app;
    }

    private static Ok<IReadOnlyList<Instrument>> List() => TypedResults.Ok(Instruments.All);
}
