using Counseling.Api.Apis;
using Counseling.Api.Contracts;
using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Shared;
using Counseling.Tests.Infrastructure;
using System.Net.Http.Json;
using System.Net;

namespace Counseling.Tests.Api;

[Collection(PlatformCollection.Name)]
public sealed class CounselorsApiTests(PlatformFixture platform)
{
    [Fact]
    public async Task OnlyVerifiedCounselorsAppearInTheDirectoryAndFiltersApply()
    {
        var specialty = "grief";
        var verified = await platform.BookableCounselorAsync(Scenario.Profile("Grace Griefwork", specialty: specialty, price: 12000, language: "pt-BR"));
        var pendingAuth = await platform.RegisterAsync("counselor");
        using var pending = platform.CreateClient(pendingAuth.AccessToken);
        (await pending.PutAsJsonAsync(Routes.CounselorRecord.Profile, Scenario.Profile("Pending Person", specialty: specialty), Json.Options)).EnsureSuccessStatusCode();
        (await pending.PutAsJsonAsync(Routes.CounselorRecord.Credential, new CredentialRequest("X-1", "NY", DateOnly.FromDateTime(DateTime.UtcNow.AddYears(1))))).EnsureSuccessStatusCode();
        using var anonymous = platform.CreateClient();

        var all = await anonymous.GetFromJsonAsync<CounselorCard[]>($"{Routes.Counselors.Prefix}?specialty={specialty}&limit=100", Json.Options);
        Assert.Contains(all!, c => c.Id == verified.Id && c.NextFreeSlot is not null);
        Assert.DoesNotContain(all!, c => c.Id == pendingAuth.User.Id);

        Assert.Contains(await anonymous.GetFromJsonAsync<CounselorCard[]>($"{Routes.Counselors.Prefix}?language=pt&specialty={specialty}", Json.Options) ?? [], c => c.Id == verified.Id);
        Assert.DoesNotContain(await anonymous.GetFromJsonAsync<CounselorCard[]>($"{Routes.Counselors.Prefix}?maxPrice=11999&specialty={specialty}", Json.Options) ?? [], c => c.Id == verified.Id);
        Assert.Contains(await anonymous.GetFromJsonAsync<CounselorCard[]>($"{Routes.Counselors.Prefix}?minPrice=12000&availableWithinDays=2&modality=video&specialty={specialty}", Json.Options) ?? [], c => c.Id == verified.Id);
        Assert.DoesNotContain(await anonymous.GetFromJsonAsync<CounselorCard[]>($"{Routes.Counselors.Prefix}?jurisdiction=NY&specialty={specialty}", Json.Options) ?? [], c => c.Id == verified.Id);

        var unknown = await anonymous.GetAsync($"{Routes.Counselors.Prefix}?specialty=astrology");
        Assert.Contains("specialty", (await unknown.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation")).ErrorFields());
        await (await anonymous.GetAsync(Routes.Counselors.ById(pendingAuth.User.Id))).AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
        var profile = await anonymous.GetFromJsonAsync<CounselorCard>(Routes.Counselors.ById(verified.Id), Json.Options);
        Assert.Equal("Grace Griefwork", profile!.DisplayName);
    }

    [Fact]
    public async Task TheDirectoryListsTheSoonestAvailableFirst()
    {
        var specialty = "anger";
        var later = await platform.BookableCounselorAsync(Scenario.Profile("Later Larry", specialty: specialty), Scenario.AroundTheClock with { MinimumNoticeMinutes = 3 * 24 * 60 });
        var sooner = await platform.BookableCounselorAsync(Scenario.Profile("Sooner Sue", specialty: specialty));
        using var anonymous = platform.CreateClient();

        var cards = await anonymous.GetFromJsonAsync<CounselorCard[]>($"{Routes.Counselors.Prefix}?specialty={specialty}&limit=100", Json.Options);

        var order = cards!.Select(c => c.Id).Where(id => id == later.Id || id == sooner.Id).ToList();
        Assert.Equal([sooner.Id, later.Id], order);
        Assert.DoesNotContain(await anonymous.GetFromJsonAsync<CounselorCard[]>($"{Routes.Counselors.Prefix}?specialty={specialty}&availableWithinDays=1", Json.Options) ?? [], c => c.Id == later.Id);
    }

    [Fact]
    public async Task TheOperatorQueueShowsPendingCredentialsAndARejectionReasonReachesTheCounselor()
    {
        var auth = await platform.RegisterAsync("counselor");
        using var counselor = platform.CreateClient(auth.AccessToken);
        (await counselor.PutAsJsonAsync(Routes.CounselorRecord.Profile, Scenario.Profile("Queue Person"), Json.Options)).EnsureSuccessStatusCode();
        (await counselor.PutAsJsonAsync(Routes.CounselorRecord.Credential, new CredentialRequest("Q-1", "TX", DateOnly.FromDateTime(DateTime.UtcNow.AddYears(2))))).EnsureSuccessStatusCode();
        using var op = await platform.OperatorClientAsync();

        var queue = await op.GetFromJsonAsync<PendingVerificationResponse[]>(Routes.Verifications.Prefix, Json.Options);
        Assert.Contains(queue!, p => p.CounselorId == auth.User.Id && p.Credential.LicenseNumber == "Q-1");

        var noReason = await op.PostAsJsonAsync(Routes.Verifications.ById(auth.User.Id), new VerificationDecisionRequest(false, " "));
        Assert.Contains("reason", (await noReason.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation")).ErrorFields());
        (await op.PostAsJsonAsync(Routes.Verifications.ById(auth.User.Id), new VerificationDecisionRequest(false, "The license number does not match the registry."))).EnsureSuccessStatusCode();

        var view = await counselor.GetFromJsonAsync<CounselorView>(Routes.CounselorRecord.Prefix, Json.Options);
        Assert.Equal(CredentialStatus.Rejected, view!.Credential!.Status);
        Assert.Equal("The license number does not match the registry.", view.Credential.RejectionReason);
        Assert.Contains(view.History, h => h.Action == "rejected" && h.ActorId != null);
        Assert.DoesNotContain(await op.GetFromJsonAsync<PendingVerificationResponse[]>(Routes.Verifications.Prefix, Json.Options) ?? [], p => p.CounselorId == auth.User.Id);
        var twice = await op.PostAsJsonAsync(Routes.Verifications.ById(auth.User.Id), new VerificationDecisionRequest(true, null));
        await twice.AssertProblemAsync(HttpStatusCode.Conflict, "/problems/invalid-transition");

        var client = platform.CreateClient((await platform.RegisterAsync("client")).AccessToken);
        await (await client.GetAsync(Routes.Verifications.Prefix)).AssertProblemAsync(HttpStatusCode.Forbidden, "/problems/forbidden");
    }

    [Theory]
    [InlineData("timeZone", "Mars/Olympus")]
    [InlineData("specialties", "astrology")]
    [InlineData("pricePerSession", "-5")]
    [InlineData("sessionLengthsMinutes", "5")]
    public async Task InvalidProfilesNameTheField(string field, string value)
    {
        var auth = await platform.RegisterAsync("counselor");
        using var counselor = platform.CreateClient(auth.AccessToken);
        var profile = Scenario.Profile("Valid Name");
        profile = field switch
        {
            "timeZone" => profile with { TimeZone = value },
            "specialties" => profile with { Specialties = [value] },
            "pricePerSession" => profile with { PricePerSession = new Money(long.Parse(value, System.Globalization.CultureInfo.InvariantCulture), "USD") },
            _ => profile with { SessionLengthsMinutes = [int.Parse(value, System.Globalization.CultureInfo.InvariantCulture)] },
        };

        var response = await counselor.PutAsJsonAsync(Routes.CounselorRecord.Profile, profile, Json.Options);

        Assert.Contains(field.ToLowerInvariant(), (await response.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation")).ErrorFields());
    }

    [Fact]
    public async Task OverlappingOrBackwardsHoursAreRefused()
    {
        var auth = await platform.RegisterAsync("counselor");
        using var counselor = platform.CreateClient(auth.AccessToken);
        var backwards = Scenario.AroundTheClock with { Weekly = [new WeeklyWindow(DayOfWeek.Monday, new TimeOnly(17, 0), new TimeOnly(9, 0))] };
        var overlapping = Scenario.AroundTheClock with
        {
            Weekly = [new WeeklyWindow(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(12, 0)), new WeeklyWindow(DayOfWeek.Monday, new TimeOnly(11, 0), new TimeOnly(13, 0))],
        };

        foreach (var bad in new[] { backwards, overlapping, Scenario.AroundTheClock with { SlotIntervalMinutes = 7 }, Scenario.AroundTheClock with { HorizonDays = 0 } })
        {
            var response = await counselor.PutAsJsonAsync(Routes.CounselorRecord.Availability, bad, Json.Options);
            await response.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        }

        var client = platform.CreateClient((await platform.RegisterAsync("client")).AccessToken);
        await (await client.PutAsJsonAsync(Routes.CounselorRecord.Availability, Scenario.AroundTheClock, Json.Options)).AssertProblemAsync(HttpStatusCode.Forbidden, "/problems/forbidden");
    }
}
