using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Counseling.Api.Apis;
using Counseling.Api.Contracts;
using Counseling.Tests.Infrastructure;
using Bundle = Hl7.Fhir.Model.Bundle;
using Coding = Hl7.Fhir.Model.Coding;
using Observation = Hl7.Fhir.Model.Observation;
using Quantity = Hl7.Fhir.Model.Quantity;
using QuestionnaireResponse = Hl7.Fhir.Model.QuestionnaireResponse;
using Hl7.Fhir.Serialization;

namespace Counseling.Tests.Api;

[Collection(PlatformCollection.Name)]
public sealed class AssessmentsApiTests(PlatformFixture platform)
{
    /// <summary>The published severity tables, written out here rather than read from the code under test.</summary>
    private static readonly (int Max, string Band)[] Phq9Bands = [(4, "minimal"), (9, "mild"), (14, "moderate"), (19, "moderately-severe"), (27, "severe")];
    private static readonly (int Max, string Band)[] Gad7Bands = [(4, "minimal"), (9, "mild"), (14, "moderate"), (21, "severe")];

    /// <summary>Answers in item order that add up to <paramref name="total"/>, filling from the first item.</summary>
    private static int[] AnswersFor(int items, int total) =>
        [.. Enumerable.Range(0, items).Select(i => Math.Clamp(total - (3 * i), 0, 3))];

    private static readonly JsonSerializerOptions FhirJson = new JsonSerializerOptions().ForFhir(Hl7.Fhir.Model.ModelInfo.ModelInspector);

    private async Task<HttpClient> ClientAsync() => platform.CreateClient((await platform.RegisterAsync("client")).AccessToken);

    private static async Task<AssessmentResult> SubmitAsync(HttpClient client, string instrument, int[] answers, int? difficulty = null, string? country = null)
    {
        var response = await client.PostAsJsonAsync(Routes.Assessments.Prefix, new AssessmentRequest(instrument, answers, difficulty, null, country));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<AssessmentResult>(Json.Options))!;
    }

    [Fact]
    public async Task EveryPhq9AndGad7TotalGetsItsPublishedBand()
    {
        using var client = await ClientAsync();
        foreach (var (instrument, items, bands) in new[] { ("phq-9", 9, Phq9Bands), ("gad-7", 7, Gad7Bands) })
        {
            for (var total = 0; total <= items * 3; total++)
            {
                var result = await SubmitAsync(client, instrument, AnswersFor(items, total));
                Assert.Equal(total, result.Total);
                Assert.Equal(bands.First(b => total <= b.Max).Band, result.Band);
            }
        }

        var history = await client.GetFromJsonAsync<AssessmentResult[]>(Routes.Assessments.Prefix + "?instrument=gad-7", Json.Options);
        Assert.Equal(22, history!.Length);
        Assert.All(history, r => Assert.Equal("gad-7", r.Instrument));
    }

    [Fact]
    public async Task Item9AboveZeroIsFlaggedWhateverTheTotalAndComesWithCrisisLines()
    {
        using var client = await ClientAsync();
        var flagged = await SubmitAsync(client, "phq-9", [0, 0, 0, 0, 0, 0, 0, 0, 1], country: "US");
        Assert.Equal((1, "minimal"), (flagged.Total, flagged.Band));
        Assert.Equal(["self-harm-risk"], flagged.Flags);
        Assert.NotNull(flagged.CrisisResources);
        Assert.Contains(flagged.CrisisResources!.Resources, r => r.Href == "tel:988");
        Assert.Contains(flagged.CrisisResources.Resources, r => r.Href == "tel:911");

        var high = await SubmitAsync(client, "phq-9", [3, 3, 3, 3, 3, 3, 3, 3, 0]);
        Assert.Equal((24, "severe"), (high.Total, high.Band));
        Assert.Empty(high.Flags); // severe, but item 9 answered "Not at all"
        Assert.Null(high.CrisisResources);
    }

    [Fact]
    public async Task BadAnswersAreRefusedNamingTheItemAndNothingIsStored()
    {
        using var client = await ClientAsync();
        var tooFew = await client.PostAsJsonAsync(Routes.Assessments.Prefix, new AssessmentRequest("phq-9", [1, 2, 3], null, null));
        Assert.Contains("answers", (await tooFew.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation")).ErrorFields());

        var outOfRange = await client.PostAsJsonAsync(Routes.Assessments.Prefix, new AssessmentRequest("phq-9", [0, 0, 0, 4, 0, 0, 0, 0, 0], null, null));
        var problem = await outOfRange.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.Contains("phq-9.4", problem.ErrorFields());
        Assert.Contains("Question 4", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var unknown = await client.PostAsJsonAsync(Routes.Assessments.Prefix, new AssessmentRequest("beck-21", [0, 0], null, null));
        Assert.Contains("instrument", (await unknown.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation")).ErrorFields());

        var gadDifficulty = await client.PostAsJsonAsync(Routes.Assessments.Prefix, new AssessmentRequest("gad-7", [0, 0, 0, 0, 0, 0, 0], 2, null));
        Assert.Contains("difficulty", (await gadDifficulty.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation")).ErrorFields());

        var malformed = await client.PostAsync(Routes.Assessments.Prefix, new StringContent("""{"instrument":"phq-9","answers":"lots"}""", System.Text.Encoding.UTF8, "application/json"));
        await malformed.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/malformed-request");

        var someoneElses = (await platform.LiveSessionAsync()).Id;
        var attached = await client.PostAsJsonAsync(Routes.Assessments.Prefix, new AssessmentRequest("gad-7", [0, 0, 0, 0, 0, 0, 0], null, someoneElses));
        await attached.AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");

        Assert.Empty((await client.GetFromJsonAsync<AssessmentResult[]>(Routes.Assessments.Prefix, Json.Options))!);
    }

    [Fact]
    public async Task ARepeatedIdempotencyKeyReturnsTheFirstResultAndStoresNothingNew()
    {
        using var client = await ClientAsync();
        async Task<HttpResponseMessage> PostAsync(int[] answers)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, Routes.Assessments.Prefix) { Content = JsonContent.Create(new AssessmentRequest("gad-7", answers, null, null)) };
            request.Headers.Add(AssessmentsApi.IdempotencyHeader, "retry-7f3a");
            return await client.SendAsync(request);
        }

        var first = (await (await PostAsync([1, 1, 1, 1, 1, 1, 1])).Content.ReadFromJsonAsync<AssessmentResult>(Json.Options))!;
        var again = await PostAsync([1, 1, 1, 1, 1, 1, 1]);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(first.Id, (await again.Content.ReadFromJsonAsync<AssessmentResult>(Json.Options))!.Id);

        var history = await client.GetFromJsonAsync<AssessmentResult[]>(Routes.Assessments.Prefix, Json.Options);
        Assert.Equal([first.Id], history!.Select(r => r.Id));
    }

    [Fact]
    public async Task OnlyTheClientAndTheirCounselorReadTheScoresAndTheFhirExport()
    {
        var session = await platform.LiveSessionAsync();
        using var client = platform.CreateClient(session.Client.AccessToken);
        var response = await SubmitAsync(client, "phq-9", [2, 2, 1, 1, 0, 0, 1, 0, 0], difficulty: 1);
        var unrelatedCounselor = await platform.BookableCounselorAsync();
        using var otherClient = await ClientAsync();
        using var anonymous = platform.CreateClient();
        using var op = await platform.OperatorClientAsync();

        var own = await client.GetFromJsonAsync<AssessmentResult>(Routes.Assessments.ById(response.Id), Json.Options);
        Assert.Equal(7, own!.Total);
        var seenByCounselor = await session.Counselor.Client.GetFromJsonAsync<AssessmentResult[]>(Routes.ClientCare.Assessments(session.Client.User.Id), Json.Options);
        Assert.Equal([response.Id], seenByCounselor!.Select(r => r.Id));

        foreach (var outsider in new[] { unrelatedCounselor.Client, otherClient, op })
        {
            await (await outsider.GetAsync(Routes.ClientCare.Assessments(session.Client.User.Id))).AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
            await (await outsider.GetAsync(Routes.Assessments.Fhir(response.Id))).AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
        }

        await (await otherClient.GetAsync(Routes.Assessments.ById(response.Id))).AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Routes.Assessments.Fhir(response.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Routes.ClientCare.Assessments(session.Client.User.Id))).StatusCode);

        foreach (var reader in new[] { client, session.Counselor.Client })
        {
            var fhir = await reader.GetAsync(Routes.Assessments.Fhir(response.Id));
            Assert.Equal(HttpStatusCode.OK, fhir.StatusCode);
            Assert.Equal("application/fhir+json", fhir.Content.Headers.ContentType?.MediaType);
            var bundle = JsonSerializer.Deserialize<Bundle>(await fhir.Content.ReadAsStringAsync(), FhirJson)!; // strict: throws on anything not valid R4
            var questionnaire = Assert.IsType<QuestionnaireResponse>(bundle.Entry[0].Resource);
            Assert.Equal(QuestionnaireResponse.QuestionnaireResponseStatus.Completed, questionnaire.Status);
            Assert.Equal("44250-9", questionnaire.Item[0].LinkId);
            Assert.Equal("LA6570-1", Assert.IsType<Coding>(questionnaire.Item[0].Answer[0].Value).Code); // "More than half the days"
            Assert.Equal("44260-8", questionnaire.Item[8].LinkId);
            Assert.Equal("69722-7", questionnaire.Item[9].LinkId); // the unscored difficulty question
            var observation = Assert.IsType<Observation>(bundle.Entry[1].Resource);
            Assert.Equal("44261-6", observation.Code.Coding[0].Code);
            Assert.Equal(7m, Assert.IsType<Quantity>(observation.Value).Value);
            Assert.Equal($"Patient/{session.Client.User.Id}", observation.Subject!.Reference);
        }
    }

    [Fact]
    public async Task CrisisLinesArePublicPerCountryWithAListForAnywhereElse()
    {
        using var anonymous = platform.CreateClient();
        var us = await anonymous.GetFromJsonAsync<CrisisResources>(Routes.Crisis.Resources + "?country=us", Json.Options);
        Assert.Equal("US", us!.Country);
        Assert.Contains(us.Resources, r => r.Contact == "Call or text 988");
        var elsewhere = await anonymous.GetFromJsonAsync<CrisisResources>(Routes.Crisis.Resources + "?country=NZ", Json.Options);
        Assert.Equal("default", elsewhere!.Country);
        Assert.Contains(elsewhere.Resources, r => r.Href == "https://findahelpline.com/");
        await (await anonymous.GetAsync(Routes.Crisis.Resources + "?country=united-states")).AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        _ = JsonDocument.Parse(await anonymous.GetStringAsync(Routes.Crisis.Resources)); // no country: the list for anywhere
    }
}
