using System.Net;
using System.Net.Http.Json;
using Counseling.Api.Apis;
using Counseling.Api.Contracts;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Matching;
using Counseling.Tests.Infrastructure;

namespace Counseling.Tests.Api;

[Collection(PlatformCollection.Name)]
public sealed class IntakeApiTests(PlatformFixture platform)
{
    private static readonly IntakeRequest Sample = new(["anxiety", "sleep"], ["es", "en"], SessionModality.Video, 5000, 12000, "usd", "us", "new york",
        "America/New_York", [new(DayOfWeek.Tuesday, DayPart.Evening), new(DayOfWeek.Saturday, DayPart.Morning)]);

    /// <summary>The intake with one field made wrong.</summary>
    internal static IntakeRequest Broken(IntakeRequest intake, string field) => field switch
    {
        "concerns" => intake with { Concerns = ["anxiety", "astrology"] },
        "languages" => intake with { Languages = ["xx"] },
        "country" => intake with { Country = "UK" },
        "region" => intake with { Country = "US", Region = "Narnia" },
        "timeZone" => intake with { TimeZone = "Mars/Olympus_Mons" },
        "minPriceMinor" => intake with { MinPriceMinor = intake.MaxPriceMinor + 1 },
        "maxPriceMinor" => intake with { MaxPriceMinor = 0 },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    [Fact]
    public async Task AClientSavesTheIntakeAndReadsItBackInItsUsualForm()
    {
        using var client = platform.CreateClient((await platform.RegisterAsync("client")).AccessToken);
        await (await client.GetAsync(Routes.Intake.Prefix)).AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");

        var put = await client.PutAsJsonAsync(Routes.Intake.Prefix, Sample, Json.Options);
        Assert.True(put.StatusCode == HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        var saved = await client.GetFromJsonAsync<IntakeResponse>(Routes.Intake.Prefix, Json.Options);

        Assert.Equal(["anxiety", "sleep"], saved!.Concerns);
        Assert.Equal(["es", "en"], saved.Languages);
        Assert.Equal((SessionModality?)SessionModality.Video, saved.Modality);
        Assert.Equal((5000L, 12000L, "USD"), (saved.MinPriceMinor!.Value, saved.MaxPriceMinor, saved.Currency));
        Assert.Equal(("US", "NY", "America/New_York"), (saved.Country, saved.Region, saved.TimeZone));
        Assert.Equal([new(DayOfWeek.Tuesday, DayPart.Evening), new PreferredTime(DayOfWeek.Saturday, DayPart.Morning)], saved.PreferredTimes);
    }

    [Fact]
    public async Task OnlyTheClientReadsTheirIntake()
    {
        using var owner = platform.CreateClient((await platform.RegisterAsync("client")).AccessToken);
        (await owner.PutAsJsonAsync(Routes.Intake.Prefix, Sample, Json.Options)).EnsureSuccessStatusCode();
        using var otherClient = platform.CreateClient((await platform.RegisterAsync("client")).AccessToken);
        var counselor = await platform.BookableCounselorAsync();
        using var op = await platform.OperatorClientAsync();
        using var anonymous = platform.CreateClient();

        // Each reads their own (none): there is no address for someone else's.
        await (await otherClient.GetAsync(Routes.Intake.Prefix)).AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
        await (await counselor.Client.GetAsync(Routes.Intake.Prefix)).AssertProblemAsync(HttpStatusCode.Forbidden, "/problems/forbidden");
        await (await op.GetAsync(Routes.Intake.Prefix)).AssertProblemAsync(HttpStatusCode.Forbidden, "/problems/forbidden");
        await (await counselor.Client.PutAsJsonAsync(Routes.Intake.Prefix, Sample, Json.Options)).AssertProblemAsync(HttpStatusCode.Forbidden, "/problems/forbidden");
        await (await anonymous.GetAsync(Routes.Intake.Prefix)).AssertProblemAsync(HttpStatusCode.Unauthorized, "/problems/unauthenticated");
        await (await anonymous.PutAsJsonAsync(Routes.Intake.Prefix, Sample, Json.Options)).AssertProblemAsync(HttpStatusCode.Unauthorized, "/problems/unauthenticated");
        Assert.Equal("NY", (await owner.GetFromJsonAsync<IntakeResponse>(Routes.Intake.Prefix, Json.Options))!.Region);
    }

    [Theory]
    [InlineData("concerns")]
    [InlineData("languages")]
    [InlineData("country")]
    [InlineData("region")]
    [InlineData("timeZone")]
    [InlineData("minPriceMinor")]
    [InlineData("maxPriceMinor")]
    public async Task ABadFieldIsRefusedByNameAndTheSavedIntakeStays(string field)
    {
        using var client = platform.CreateClient((await platform.RegisterAsync("client")).AccessToken);
        (await client.PutAsJsonAsync(Routes.Intake.Prefix, Sample, Json.Options)).EnsureSuccessStatusCode();
        var before = await client.GetStringAsync(Routes.Intake.Prefix);

        var response = await client.PutAsJsonAsync(Routes.Intake.Prefix, Broken(Sample with { Region = "NY" }, field), Json.Options);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.Contains(field.ToLowerInvariant(), problem.ErrorFields());
        Assert.Equal(before, await client.GetStringAsync(Routes.Intake.Prefix));
    }

    [Fact]
    public async Task AFlaggedAssessmentShowsTheCrisisLinesOfTheCountryInTheIntake()
    {
        using var client = platform.CreateClient((await platform.RegisterAsync("client")).AccessToken);
        (await client.PutAsJsonAsync(Routes.Intake.Prefix, Sample with { Country = "GB", Region = "Scotland", TimeZone = "Europe/London", Currency = "GBP" }, Json.Options)).EnsureSuccessStatusCode();

        var response = await client.PostAsJsonAsync(Routes.Assessments.Prefix, new AssessmentRequest("phq-9", [0, 0, 0, 0, 0, 0, 0, 0, 1], null, null, "US"));

        var result = (await response.Content.ReadFromJsonAsync<AssessmentResult>(Json.Options))!;
        Assert.Equal("GB", result.CrisisResources!.Country);
        Assert.Contains(result.CrisisResources.Resources, r => r.Href == "tel:116123");
    }
}
