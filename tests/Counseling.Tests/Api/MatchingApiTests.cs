using System.Net;
using System.Net.Http.Json;
using Counseling.Api.Apis;
using Counseling.Api.Contracts;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Matching;
using Counseling.Tests.Infrastructure;

namespace Counseling.Tests.Api;

/// <summary>
/// Matching through the api. The directory is shared by every test of the collection, so each test places its
/// counselors and its client in a state no other test uses.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class MatchingApiTests(PlatformFixture platform)
{
    private static readonly PreferredTime TuesdayEvening = new(DayOfWeek.Tuesday, DayPart.Evening);
    private static readonly PreferredTime ThursdayEvening = new(DayOfWeek.Thursday, DayPart.Evening);

    internal static IntakeRequest Intake(string region, string[]? concerns = null, string[]? languages = null, SessionModality? modality = null,
        long max = 25000, PreferredTime[]? times = null, string country = "US", string zone = "America/Denver") =>
        new(concerns ?? ["anxiety"], languages ?? [], modality, null, max, "USD", country, region, zone, times ?? []);

    internal static async Task<MatchResponse> MatchAsync(HttpClient client, IntakeRequest intake)
    {
        var response = await client.PostAsJsonAsync(Routes.Matching.Prefix, intake, Json.Options);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<MatchResponse>(Json.Options))!;
    }

    [Fact]
    public async Task OnlyCounselorsLicensedWhereTheClientLivesAreMatched()
    {
        var byCode = await platform.BookableCounselorAsync(Scenario.Profile("Dr. Vermont Code"), jurisdiction: "VT");
        var byName = await platform.BookableCounselorAsync(Scenario.Profile("Dr. Vermont Name"), jurisdiction: "vermont");
        var byIso = await platform.BookableCounselorAsync(Scenario.Profile("Dr. Vermont Iso"), jurisdiction: "US-VT");
        await platform.BookableCounselorAsync(Scenario.Profile("Dr. New Hampshire"), jurisdiction: "NH");
        await platform.BookableCounselorAsync(Scenario.Profile("Dr. Berlin"), jurisdiction: "Berlin");
        using var anonymous = platform.CreateClient();

        var found = await MatchAsync(anonymous, Intake("Vermont"));

        Assert.Equal(new[] { byCode.Id, byName.Id, byIso.Id }.Order(), found.Matches.Select(m => m.Id).Order());
        Assert.All(found.Matches, m => Assert.Equal("Licensed in Vermont", m.Reasons[0]));
        Assert.Null(found.Message);
        Assert.All(found.Matches, m => Assert.NotNull(m.NextFreeSlot));

        var berlin = await MatchAsync(anonymous, Intake("Berlin", country: "DE", zone: "Europe/Berlin"));
        Assert.Equal(["Dr. Berlin"], berlin.Matches.Select(m => m.DisplayName));
    }

    [Fact]
    public async Task MoreConcernsInCommonAndMoreFreePreferredTimesRankHigherAsTheReasonsSay()
    {
        var mornings = new Availability(
            [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }.Select(d => new WeeklyWindow(d, new TimeOnly(6, 0), new TimeOnly(9, 0)))],
            [], [], 0, 0, 0, 60, 30);
        var morningsOnly = await platform.BookableCounselorAsync(Scenario.Profile("Dr. Early Bird", timeZone: "America/Denver") with { Specialties = ["anxiety", "sleep"] }, mornings, "WY");
        var oneConcern = await platform.BookableCounselorAsync(Scenario.Profile("Dr. One Concern"), jurisdiction: "WY");
        var best = await platform.BookableCounselorAsync(Scenario.Profile("Dr. Both Concerns") with { Specialties = ["sleep", "anxiety", "grief"] }, jurisdiction: "Wyoming");
        using var client = platform.CreateClient((await platform.RegisterAsync("client")).AccessToken);

        var found = await MatchAsync(client, Intake("WY", concerns: ["anxiety", "sleep"], times: [TuesdayEvening, ThursdayEvening]));

        Assert.Equal([best.Id, oneConcern.Id, morningsOnly.Id], found.Matches.Select(m => m.Id));
        Assert.True(found.Matches[0].Score > found.Matches[1].Score && found.Matches[1].Score > found.Matches[2].Score,
            string.Join(", ", found.Matches.Select(m => m.Score)));
        Assert.Equal(["Licensed in Wyoming", "Works with anxiety and sleep", "$80 a session, within your budget", "Free Tuesday evenings and Thursday evenings"], found.Matches[0].Reasons);
        Assert.Contains("Works with anxiety", found.Matches[1].Reasons);
        Assert.Contains("Free Tuesday evenings and Thursday evenings", found.Matches[1].Reasons);
        Assert.Contains("Works with anxiety and sleep", found.Matches[2].Reasons);
        Assert.DoesNotContain(found.Matches[2].Reasons, r => r.StartsWith("Free", StringComparison.Ordinal));

        // The free times shown fall in the preferred windows, in the client's zone.
        var denver = TimeZoneInfo.FindSystemTimeZoneById("America/Denver");
        Assert.NotEmpty(found.Matches[0].Slots);
        Assert.All(found.Matches[0].Slots, s =>
        {
            var local = TimeZoneInfo.ConvertTime(s.Start, denver);
            Assert.Contains(local.DayOfWeek, new[] { DayOfWeek.Tuesday, DayOfWeek.Thursday });
            Assert.InRange(local.Hour, 17, 21);
        });
        Assert.Empty(found.Matches[2].Slots);
        Assert.True(found.Saved);
    }

    [Fact]
    public async Task ModalityLanguageAndPriceAreHardRules()
    {
        var fits = await platform.BookableCounselorAsync(Scenario.Profile("Dr. Habla Video", price: 9000) with { Languages = ["en", "es"], Modalities = [SessionModality.Video] }, jurisdiction: "MT");
        var chatOnly = await platform.BookableCounselorAsync(Scenario.Profile("Dr. Habla Chat", language: "es") with { Modalities = [SessionModality.Chat] }, jurisdiction: "MT");
        var english = await platform.BookableCounselorAsync(Scenario.Profile("Dr. English Only"), jurisdiction: "MT");
        var pricey = await platform.BookableCounselorAsync(Scenario.Profile("Dr. Habla Caro", price: 20000, language: "es"), jurisdiction: "MT");
        using var anonymous = platform.CreateClient();

        var narrow = await MatchAsync(anonymous, Intake("MT", languages: ["es"], modality: SessionModality.Video, max: 12000));
        Assert.Equal([fits.Id], narrow.Matches.Select(m => m.Id));
        Assert.Contains("Speaks Spanish", narrow.Matches[0].Reasons);
        Assert.Contains("Offers video sessions", narrow.Matches[0].Reasons);
        Assert.Contains("$90 a session, within your budget", narrow.Matches[0].Reasons);

        var open = await MatchAsync(anonymous, Intake("MT"));
        Assert.Equal(new[] { fits.Id, chatOnly.Id, english.Id, pricey.Id }.Order(), open.Matches.Select(m => m.Id).Order());

        var nobodyFits = await MatchAsync(anonymous, Intake("MT", languages: ["ja"]));
        Assert.Empty(nobodyFits.Matches);
        Assert.Contains("none fits", nobodyFits.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASevereRecentScoreMakesTheAnswerUrgentWithCrisisLinesAndTheSoonestSession()
    {
        var later = new Availability([.. Enum.GetValues<DayOfWeek>().Select(d => new WeeklyWindow(d, new TimeOnly(12, 0), new TimeOnly(14, 0)))], [], [], 0, 0, 2880, 60, 30);
        await platform.BookableCounselorAsync(Scenario.Profile("Dr. Next Week"), later, "ND");
        var soon = await platform.BookableCounselorAsync(Scenario.Profile("Dr. Right Away"), jurisdiction: "ND");
        var auth = await platform.RegisterAsync("client");
        using var client = platform.CreateClient(auth.AccessToken);
        var scored = await client.PostAsJsonAsync(Routes.Assessments.Prefix, new AssessmentRequest("phq-9", [3, 3, 3, 3, 3, 3, 3, 0, 0], null, null));
        Assert.Equal(HttpStatusCode.Created, scored.StatusCode);

        var found = await MatchAsync(client, Intake("North Dakota", concerns: ["depression"]));

        Assert.True(found.Urgent);
        Assert.Equal("US", found.CrisisResources!.Country);
        Assert.Contains(found.CrisisResources.Resources, r => r.Href == "tel:988");
        Assert.Equal(soon.Id, found.Soonest!.CounselorId);
        Assert.Equal("Dr. Right Away", found.Soonest.DisplayName);
        Assert.Equal(found.Matches.Min(m => m.NextFreeSlot), found.Soonest.Start);

        // Someone whose record says nothing urgent gets the same counselors, without the crisis lines.
        using var calm = platform.CreateClient((await platform.RegisterAsync("client")).AccessToken);
        var ordinary = await MatchAsync(calm, Intake("ND", concerns: ["depression"]));
        Assert.False(ordinary.Urgent);
        Assert.Null(ordinary.CrisisResources);
        Assert.Null(ordinary.Soonest);
        Assert.Equal(found.Matches.Select(m => m.Id).Order(), ordinary.Matches.Select(m => m.Id).Order());
    }

    [Fact]
    public async Task AnyoneMayAskAndNobodyLicensedThereIsAnEmptyListWithAMessage()
    {
        var idaho = await platform.BookableCounselorAsync(Scenario.Profile("Dr. Idaho"), jurisdiction: "ID");
        using var anonymous = platform.CreateClient();

        var found = await MatchAsync(anonymous, Intake("ID"));
        Assert.Equal([idaho.Id], found.Matches.Select(m => m.Id));
        Assert.False(found.Saved);
        Assert.False(found.Urgent);

        var iceland = await MatchAsync(anonymous, Intake("Reykjavik", country: "IS", zone: "Atlantic/Reykjavik"));
        Assert.Empty(iceland.Matches);
        Assert.Contains("licensed where you live", iceland.Message, StringComparison.Ordinal);

        var noState = await MatchAsync(anonymous, Intake("ID") with { Region = null });
        Assert.Empty(noState.Matches);
        Assert.Contains("state or province", noState.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("concerns")]
    [InlineData("languages")]
    [InlineData("country")]
    [InlineData("region")]
    [InlineData("timeZone")]
    [InlineData("minPriceMinor")]
    [InlineData("maxPriceMinor")]
    public async Task BadInputIsRefusedNamingTheFieldAndNothingIsSaved(string field)
    {
        var intake = IntakeApiTests.Broken(Intake("ID"), field);
        using var client = platform.CreateClient((await platform.RegisterAsync("client")).AccessToken);
        using var anonymous = platform.CreateClient();

        foreach (var caller in new[] { anonymous, client })
        {
            var response = await caller.PostAsJsonAsync(Routes.Matching.Prefix, intake, Json.Options);
            var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
            Assert.Contains(field.ToLowerInvariant(), problem.ErrorFields());
        }

        await (await client.GetAsync(Routes.Intake.Prefix)).AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
    }
}
