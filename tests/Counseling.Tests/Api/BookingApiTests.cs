using Counseling.Api.Scheduling;
using Counseling.GrainInterfaces.Accounts;
using System.Net;
using System.Net.Http.Json;
using Counseling.Api.Apis;
using Counseling.Api.Contracts;
using Counseling.GrainInterfaces.Booking;
using Counseling.GrainInterfaces.Counselors;
using Counseling.Tests.Infrastructure;

namespace Counseling.Tests.Api;

[Collection(PlatformCollection.Name)]
public sealed class BookingApiTests(PlatformFixture platform)
{
    [Fact]
    public async Task ManyClientsRacingForOneSlotGetExactlyOneHold()
    {
        var counselor = await platform.BookableCounselorAsync();
        var start = Scenario.SlotAhead(TimeSpan.FromDays(3));
        var clients = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => platform.RegisterAsync("client")));

        var responses = await Task.WhenAll(clients.Select(c =>
            platform.CreateClient(c.AccessToken).PostAsJsonAsync(Routes.Appointments.Prefix, new BookRequest(counselor.Id, start, 50, SessionModality.Video), Json.Options)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        foreach (var loser in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await loser.AssertProblemAsync(HttpStatusCode.Conflict, "/problems/slot-taken");
        }
    }

    [Fact]
    public async Task AHeldSlotDisappearsFromTheSlotListAndReappearsWhenCancelled()
    {
        var counselor = await platform.BookableCounselorAsync();
        var start = Scenario.SlotAhead(TimeSpan.FromDays(2));
        var client = platform.CreateClient((await platform.RegisterAsync("client")).AccessToken);
        using var anonymous = platform.CreateClient();
        var url = $"{Routes.Counselors.Slots(counselor.Id)}?from={Uri.EscapeDataString(start.AddHours(-1).ToString("O"))}&to={Uri.EscapeDataString(start.AddHours(2).ToString("O"))}&tz=Europe/Berlin";

        var before = await anonymous.GetFromJsonAsync<SlotsResponse>(url, Json.Options);
        Assert.Contains(before!.Slots, s => s.Start == start);
        Assert.All(before.Slots, s => Assert.Matches(@"[+-]0[12]:00$", s.LocalStart)); // labelled in Berlin time

        var held = await client.HoldAsync(counselor.Id, start);
        var during = await anonymous.GetFromJsonAsync<SlotsResponse>(url, Json.Options);
        Assert.DoesNotContain(during!.Slots, s => s.Start < held.End && held.Start < s.End);

        (await client.PostAsJsonAsync(Routes.Appointments.Cancel(held.Id), new CancelRequest("changed my mind"))).EnsureSuccessStatusCode();
        var after = await anonymous.GetFromJsonAsync<SlotsResponse>(url, Json.Options);
        Assert.Contains(after!.Slots, s => s.Start == start);
    }

    [Fact]
    public async Task ConfirmingABookingShowsInBothPartiesListsAndNotifiesTheCounselor()
    {
        var counselor = await platform.BookableCounselorAsync();
        var clientAuth = await platform.RegisterAsync("client", displayName: "Casey Client");
        var client = platform.CreateClient(clientAuth.AccessToken);

        var booked = await client.BookAsync(counselor.Id, Scenario.SlotAhead(TimeSpan.FromDays(4)));

        Assert.Equal(AppointmentStatus.Confirmed, booked.Status);
        var mine = await client.GetFromJsonAsync<AppointmentSummary[]>(Routes.Appointments.Prefix, Json.Options);
        var theirs = await counselor.Client.GetFromJsonAsync<AppointmentSummary[]>(Routes.Appointments.Prefix, Json.Options);
        Assert.Contains(mine!, a => a.Id == booked.Id && a.Status == AppointmentStatus.Confirmed);
        Assert.Contains(theirs!, a => a.Id == booked.Id && a.ClientName == "Casey Client");

        var inbox = await counselor.Client.GetFromJsonAsync<InboxResponse>(Routes.Notifications.Prefix, Json.Options);
        Assert.Contains(inbox!.Items, n => n.Kind == "booking-confirmed" && n.AppointmentId == booked.Id && !n.Read);
        Assert.True(inbox.Unread >= 1);
        var receipt = await client.GetAsync(Routes.Appointments.Receipt(booked.Id));
        Assert.Equal("text/html", receipt.Content.Headers.ContentType?.MediaType);
        var receiptText = await receipt.Content.ReadAsStringAsync();
        Assert.Contains("Casey Client", receiptText, StringComparison.Ordinal);
        Assert.Contains("Simulated (no real money moved)", receiptText, StringComparison.Ordinal);
        // The scheduled time is written in the reader's zone: the browser's while none is chosen, then the profile's.
        var inTokyo = await (await client.GetAsync(Routes.Appointments.Receipt(booked.Id) + "?tz=Asia/Tokyo")).Content.ReadAsStringAsync();
        Assert.Contains(ViewerTime.ForReader(booked.Start, "Asia/Tokyo", ClockStyle.Auto), inTokyo, StringComparison.Ordinal);
        Assert.Contains("JST", inTokyo, StringComparison.Ordinal);
        (await client.PutAsJsonAsync(Routes.Me.Preferences, new DisplayPreferencesRequest("America/New_York", ClockStyle.TwentyFourHour), Json.Options)).EnsureSuccessStatusCode();
        var inNewYork = await (await client.GetAsync(Routes.Appointments.Receipt(booked.Id) + "?tz=Asia/Tokyo")).Content.ReadAsStringAsync();
        Assert.Contains(ViewerTime.ForReader(booked.Start, "America/New_York", ClockStyle.TwentyFourHour), inNewYork, StringComparison.Ordinal);
        Assert.DoesNotContain("UTC", inNewYork, StringComparison.Ordinal);
        await (await counselor.Client.GetAsync(Routes.Appointments.Receipt(booked.Id))).AssertProblemAsync(HttpStatusCode.Forbidden, "/problems/forbidden");
        var read = await counselor.Client.PostAsJsonAsync(Routes.Notifications.Read, new MarkReadRequest(null));
        Assert.Equal(0, (await read.Content.ReadFromJsonAsync<UnreadResponse>())!.Unread);
    }

    [Fact]
    public async Task CancellingInsideTheWindowIsLateAndOutsideIsPlain()
    {
        var counselor = await platform.BookableCounselorAsync();
        var client = platform.CreateClient((await platform.RegisterAsync("client")).AccessToken);
        var soon = await client.BookAsync(counselor.Id, Scenario.SlotAhead(TimeSpan.FromHours(5)));
        var later = await client.BookAsync(counselor.Id, Scenario.SlotAhead(TimeSpan.FromDays(5)));

        var late = await client.PostAsJsonAsync(Routes.Appointments.Cancel(soon.Id), new CancelRequest(null));
        var plain = await client.PostAsJsonAsync(Routes.Appointments.Cancel(later.Id), new CancelRequest(null));

        Assert.Equal(AppointmentStatus.LateCancelled, (await late.Content.ReadFromJsonAsync<AppointmentSummary>(Json.Options))!.Status);
        Assert.Equal(AppointmentStatus.CancelledByClient, (await plain.Content.ReadFromJsonAsync<AppointmentSummary>(Json.Options))!.Status);
        var again = await client.PostAsJsonAsync(Routes.Appointments.Cancel(later.Id), new CancelRequest(null));
        await again.AssertProblemAsync(HttpStatusCode.Conflict, "/problems/invalid-transition");
    }

    [Fact]
    public async Task ACounselorCancellationCreditsAPaidClientAndTellsThem()
    {
        var counselor = await platform.BookableCounselorAsync();
        var clientAuth = await platform.RegisterAsync("client");
        var client = platform.CreateClient(clientAuth.AccessToken);
        var booked = await client.BookAsync(counselor.Id, Scenario.SlotAhead(TimeSpan.FromDays(6)));

        var response = await counselor.Client.PostAsJsonAsync(Routes.Appointments.Cancel(booked.Id), new CancelRequest("I am unwell"));

        var cancelled = (await response.Content.ReadFromJsonAsync<AppointmentSummary>(Json.Options))!;
        Assert.Equal(AppointmentStatus.CancelledByCounselor, cancelled.Status);
        Assert.True(cancelled.ClientCredited);
        var inbox = await client.GetFromJsonAsync<InboxResponse>(Routes.Notifications.Prefix, Json.Options);
        Assert.Contains(inbox!.Items, n => n.Kind == "booking-cancelled" && n.Body.Contains("I am unwell", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RescheduleCreatesALinkedConfirmedAppointmentAndFreesTheOldTime()
    {
        var counselor = await platform.BookableCounselorAsync();
        var client = platform.CreateClient((await platform.RegisterAsync("client")).AccessToken);
        var original = await client.BookAsync(counselor.Id, Scenario.SlotAhead(TimeSpan.FromDays(7)));
        var newStart = original.Start.AddDays(1);

        var response = await client.PostAsJsonAsync(Routes.Appointments.Reschedule(original.Id), new RescheduleRequest(newStart));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var moved = (await response.Content.ReadFromJsonAsync<AppointmentSummary>(Json.Options))!;
        Assert.Equal(AppointmentStatus.Confirmed, moved.Status);
        Assert.Equal(original.Id, moved.ReschedulesAppointmentId);
        Assert.Equal(newStart, moved.Start);
        var old = await client.GetFromJsonAsync<AppointmentSummary>(Routes.Appointments.ById(original.Id), Json.Options);
        Assert.Equal(AppointmentStatus.Rescheduled, old!.Status);
        Assert.Equal(moved.Id, old.RescheduledToAppointmentId);

        var other = platform.CreateClient((await platform.RegisterAsync("client")).AccessToken);
        var taken = await other.HoldAsync(counselor.Id, original.Start); // the old time is free again
        Assert.Equal(AppointmentStatus.Held, taken.Status);
    }

    [Fact]
    public async Task NobodyElseCanSeeOrTouchAnAppointment()
    {
        var counselor = await platform.BookableCounselorAsync();
        var owner = platform.CreateClient((await platform.RegisterAsync("client")).AccessToken);
        var booked = await owner.BookAsync(counselor.Id, Scenario.SlotAhead(TimeSpan.FromDays(8)));
        var stranger = platform.CreateClient((await platform.RegisterAsync("client")).AccessToken);
        var otherCounselor = await platform.BookableCounselorAsync();

        foreach (var outsider in new[] { stranger, otherCounselor.Client })
        {
            await (await outsider.GetAsync(Routes.Appointments.ById(booked.Id))).AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
            await (await outsider.PostAsJsonAsync(Routes.Appointments.Cancel(booked.Id), new CancelRequest(null))).AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
        }

        await (await stranger.PostAsync(Routes.Appointments.Checkout(booked.Id), null)).AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
        await (await stranger.PostAsync(Routes.Payments.PaySimulated(booked.Id), null)).AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
        Assert.Equal(AppointmentStatus.Confirmed, (await owner.GetFromJsonAsync<AppointmentSummary>(Routes.Appointments.ById(booked.Id), Json.Options))!.Status);
    }

    [Fact]
    public async Task BadBookingRequestsGetClearProblems()
    {
        var counselor = await platform.BookableCounselorAsync(availability: Scenario.AroundTheClock with { MinimumNoticeMinutes = 120, HorizonDays = 30 });
        var unverifiedAuth = await platform.RegisterAsync("counselor");
        var client = platform.CreateClient((await platform.RegisterAsync("client")).AccessToken);
        var ok = Scenario.SlotAhead(TimeSpan.FromDays(1));

        async Task Expect(BookRequest request, HttpStatusCode status, string type) =>
            await (await client.PostAsJsonAsync(Routes.Appointments.Prefix, request, Json.Options)).AssertProblemAsync(status, type);

        await Expect(new BookRequest(counselor.Id, DateTimeOffset.UtcNow.AddDays(-1), 50, SessionModality.Video), HttpStatusCode.UnprocessableEntity, "/problems/invalid-slot");
        await Expect(new BookRequest(counselor.Id, Scenario.SlotAhead(TimeSpan.FromMinutes(30)), 50, SessionModality.Video), HttpStatusCode.UnprocessableEntity, "/problems/invalid-slot"); // notice
        await Expect(new BookRequest(counselor.Id, Scenario.SlotAhead(TimeSpan.FromDays(40)), 50, SessionModality.Video), HttpStatusCode.UnprocessableEntity, "/problems/invalid-slot"); // horizon
        await Expect(new BookRequest(counselor.Id, ok.AddMinutes(7), 50, SessionModality.Video), HttpStatusCode.UnprocessableEntity, "/problems/invalid-slot"); // off the grid
        await Expect(new BookRequest(counselor.Id, ok, 80, SessionModality.Video), HttpStatusCode.UnprocessableEntity, "/problems/invalid-slot"); // length not offered
        await Expect(new BookRequest(unverifiedAuth.User.Id, ok, 50, SessionModality.Video), HttpStatusCode.UnprocessableEntity, "/problems/not-bookable");
        await Expect(new BookRequest(Guid.NewGuid(), ok, 50, SessionModality.Video), HttpStatusCode.UnprocessableEntity, "/problems/not-bookable");

        var counselorBookingThemself = await counselor.Client.PostAsJsonAsync(Routes.Appointments.Prefix, new BookRequest(counselor.Id, ok, 50, SessionModality.Video), Json.Options);
        await counselorBookingThemself.AssertProblemAsync(HttpStatusCode.Forbidden, "/problems/forbidden");

        var badModality = await client.PostAsync(Routes.Appointments.Prefix, new StringContent($$"""{"counselorId":"{{counselor.Id}}","start":"{{ok:O}}","sessionMinutes":50,"modality":"carrier-pigeon"}""", System.Text.Encoding.UTF8, "application/json"));
        var problem = await badModality.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/malformed-request");
        Assert.Contains("modality", problem.ErrorFields());
    }

    [Fact]
    public async Task SlotQueriesRejectBadRanges()
    {
        var counselor = await platform.BookableCounselorAsync();
        using var anonymous = platform.CreateClient();
        var from = DateTimeOffset.UtcNow;

        async Task Expect(string query, string field)
        {
            var response = await anonymous.GetAsync($"{Routes.Counselors.Slots(counselor.Id)}?{query}");
            var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
            Assert.Contains(field, problem.ErrorFields());
        }

        await Expect($"from={Uri.EscapeDataString(from.ToString("O"))}&to={Uri.EscapeDataString(from.AddDays(60).ToString("O"))}", "to");
        await Expect($"from={Uri.EscapeDataString(from.ToString("O"))}&to={Uri.EscapeDataString(from.AddDays(-1).ToString("O"))}", "to");
        await Expect($"from={Uri.EscapeDataString(from.ToString("O"))}&to={Uri.EscapeDataString(from.AddDays(1).ToString("O"))}&tz=Mars/Olympus", "tz");
    }
}
