using System.Text.Json;
using Counseling.GrainInterfaces.Assessments;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Counseling.Api.Fhir;

/// <summary>
/// A response as FHIR R4, for a clinic's record system: a collection Bundle holding the QuestionnaireResponse (every
/// item and answer LOINC-coded, the published wording as the text) and the total as an Observation coded with the
/// instrument's total-score LOINC code, derived from the response. Built with the Firely SDK so the resources are
/// valid by construction rather than by hand-written JSON.
/// </summary>
public static class AssessmentFhir
{
    public const string MediaType = "application/fhir+json";

    private const string Loinc = "http://loinc.org";

    private static readonly JsonSerializerOptions Json = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector).Pretty();

    public static string Serialize(Bundle bundle) => JsonSerializer.Serialize(bundle, Json);

    public static Bundle ToBundle(AssessmentResponse response, Uri baseUri)
    {
        var instrument = Instruments.Find(response.Instrument) ?? throw new ArgumentException($"Unknown instrument {response.Instrument}.", nameof(response));
        var responseUrl = new Uri(baseUri, $"/api/assessments/{response.Id}").ToString();
        var patient = new ResourceReference($"Patient/{response.ClientId}");
        var questionnaire = new QuestionnaireResponse
        {
            Id = response.Id.ToString(),
            Identifier = new Identifier("urn:ietf:rfc:3986", $"urn:uuid:{response.Id}"),
            Questionnaire = $"http://loinc.org/q/{instrument.FormLoinc}",
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Subject = patient,
            Authored = response.SubmittedAt.ToString("o"),
            Item = [.. instrument.Items.Select((item, i) => Answered(item.Loinc, item.Text, instrument.Options.First(o => o.Value == response.Answers[i])))],
        };
        if (instrument.Difficulty is { } difficulty && response.Difficulty is { } answered)
        {
            questionnaire.Item.Add(Answered(difficulty.Loinc, difficulty.Text, difficulty.Options.First(o => o.Value == answered)));
        }

        questionnaire.Item.Add(new QuestionnaireResponse.ItemComponent
        {
            LinkId = instrument.TotalLoinc,
            Text = "Total score",
            Answer = [new QuestionnaireResponse.AnswerComponent { Value = new Integer(response.Total) }],
        });

        var observation = new Observation
        {
            Id = $"{response.Id}-total",
            Status = ObservationStatus.Final,
            Category = [new CodeableConcept("http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey")],
            Code = new CodeableConcept(Loinc, instrument.TotalLoinc, $"{instrument.Title} total score"),
            Subject = patient,
            Effective = new FhirDateTime(response.SubmittedAt),
            Issued = response.SubmittedAt,
            Value = new Quantity(response.Total, "{score}", "http://unitsofmeasure.org"),
            Interpretation = [new CodeableConcept { Text = response.Band.Replace('-', ' ') }],
            DerivedFrom = [new ResourceReference($"QuestionnaireResponse/{response.Id}")],
        };

        return new Bundle
        {
            Type = Bundle.BundleType.Collection,
            Timestamp = response.SubmittedAt,
            Entry =
            [
                new Bundle.EntryComponent { FullUrl = responseUrl, Resource = questionnaire },
                new Bundle.EntryComponent { FullUrl = responseUrl + "#total", Resource = observation },
            ],
        };
    }

    private static QuestionnaireResponse.ItemComponent Answered(string loinc, string text, AnswerOption option) => new()
    {
        LinkId = loinc,
        Definition = $"{Loinc}#{loinc}",
        Text = text,
        Answer =
        [
            new QuestionnaireResponse.AnswerComponent
            {
                Value = option.Loinc is { } answerCode
                    ? new Coding(Loinc, answerCode, option.Label)
                    : new Coding("urn:counseling:answer", option.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), option.Label),
            },
        ],
    };
}
