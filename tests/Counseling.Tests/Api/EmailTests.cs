using System.Net;
using System.Net.Http.Json;
using Counseling.Api.Apis;
using Counseling.Api.Contracts;
using Counseling.GrainInterfaces.Accounts;
using Counseling.GrainInterfaces.Notifications;
using Counseling.Tests.Infrastructure;
using MimeKit;

namespace Counseling.Tests.Api;

/// <summary>Email reaching a real SMTP server from the platform's outbox: what arrives, in whose zone, and what never does.</summary>
[Collection(PlatformCollection.Name)]
public sealed class EmailTests(PlatformFixture platform)
{
    private async Task<MimeMessage> ArrivedAsync(string address, Func<MimeMessage, bool> match, string what) =>
        (await Eventually.UntilAsync(() => Task.FromResult(platform.Mail.To(address)), m => m.Any(match), what)).First(match);

    [Fact]
    public async Task ABookingIsConfirmedByEmailToBothSidesInEachReadersZoneAndClockAsTextAndHtml()
    {
        var counselor = await platform.BookableCounselorAsync();
        Assert.True((await counselor.Client.PutAsJsonAsync(Routes.Me.Preferences, new DisplayPreferencesRequest("America/New_York", ClockStyle.TwentyFourHour), Json.Options)).IsSuccessStatusCode);
        var clientAuth = await platform.RegisterAsync("client", displayName: "Mail Client");
        using var client = platform.CreateClient(clientAuth.AccessToken);
        var start = Scenario.SlotAhead(TimeSpan.FromDays(2));
        var booked = await client.BookAsync(counselor.Id, start);

        var en = System.Globalization.CultureInfo.GetCultureInfo("en-US");
        var toClient = await ArrivedAsync(clientAuth.User.Email, m => m.Subject == "Your session is booked", "the client's confirmation");
        Assert.Contains(start.ToUniversalTime().ToString("ddd, MMM d, h:mm tt", en), toClient.TextBody, StringComparison.Ordinal); // no zone chosen: UTC
        Assert.Contains("Times are in UTC.", toClient.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://counseling.tests.example/#/appointments", toClient.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("no-reply@tests.example", toClient.From.Mailboxes.Single().Address);

        var toCounselor = await ArrivedAsync(counselor.Auth.User.Email, m => m.Subject == "New booking", "the counselor's booking email");
        var newYork = TimeZoneInfo.ConvertTime(start, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        Assert.Contains($"Mail Client booked {newYork.ToString("ddd, MMM d, H:mm", en)}.", toCounselor.TextBody, StringComparison.Ordinal);
        Assert.Contains("Times are in America/New_York.", toCounselor.HtmlBody, StringComparison.Ordinal);

        await counselor.Client.PostAsJsonAsync(Routes.Appointments.Cancel(booked.Id), new CancelRequest("Ill today, sorry."), Json.Options);
        var cancelled = await ArrivedAsync(clientAuth.User.Email, m => m.Subject == "Session cancelled", "the cancellation to the client");
        Assert.DoesNotContain("Ill today", cancelled.TextBody, StringComparison.Ordinal); // what a person typed stays on the platform
        Assert.Contains("80.00 USD is refunded to your card", cancelled.TextBody, StringComparison.Ordinal);
        Assert.Single(platform.Mail.To(clientAuth.User.Email), m => m.Subject == "Your session is booked"); // once

        var second = await client.BookAsync(counselor.Id, start.AddDays(1));
        (await client.PostAsJsonAsync(Routes.Appointments.Cancel(second.Id), new CancelRequest(null), Json.Options)).EnsureSuccessStatusCode();
        var own = await ArrivedAsync(clientAuth.User.Email, m => m.Subject == "You cancelled a session", "the client's own cancellation");
        Assert.Contains("80.00 USD is refunded to your card", own.TextBody, StringComparison.Ordinal);
        await ArrivedAsync(counselor.Auth.User.Email, m => m.Subject == "Session cancelled", "the cancellation to the counselor");
    }

    [Fact]
    public async Task ACrisisAlertEmailSaysOnlyThatAnAlertWaitsNeverTheAnswersOrTheScore()
    {
        var session = await platform.LiveSessionAsync();
        using var client = platform.CreateClient(session.Client.AccessToken);
        var submitted = await client.PostAsJsonAsync(Routes.Assessments.Prefix, new AssessmentRequest("phq-9", [2, 2, 2, 0, 0, 0, 0, 0, 1], null, null, "US"));
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);

        var alert = await ArrivedAsync(session.Counselor.Auth.User.Email, m => m.Subject == "A crisis alert needs your attention", "the crisis alert email");
        foreach (var body in new[] { alert.TextBody, alert.HtmlBody, alert.Subject })
        {
            foreach (var clinical in new[] { "PHQ", "question 9", "Several days", "total", "Session Client", "mild" })
            {
                Assert.DoesNotContain(clinical, body, StringComparison.OrdinalIgnoreCase);
            }
        }

        Assert.Contains("https://counseling.tests.example/#/crisis", alert.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MailQueuedWhileTheServerIsDownIsSentOnceItIsBack()
    {
        var user = await platform.RegisterAsync("client", displayName: "Patient Reader");
        await platform.Mail.StopAsync();
        try
        {
            await platform.Grains.GetGrain<IInboxGrain>(user.User.Id).DeliverAsync(new Notification(Guid.NewGuid(), NotificationKinds.CredentialVerified,
                "While the mail server was down", "This waited in the outbox.", DateTimeOffset.UtcNow, null));
            await Eventually.UntilAsync(() => TestDatabase.ScalarAsync<long>(platform.ConnectionString,
                    "SELECT count(*) FROM email_outbox WHERE recipient = @to AND sent_at IS NULL AND attempts >= 1 AND last_error IS NOT NULL", ("to", user.User.Email)),
                n => n == 1, "a failed attempt on record");
        }
        finally
        {
            platform.Mail.Start();
        }

        await ArrivedAsync(user.User.Email, m => m.Subject == "While the mail server was down", "the queued email once the server is back");
        await Eventually.UntilAsync(() => TestDatabase.ScalarAsync<long>(platform.ConnectionString,
            "SELECT count(*) FROM email_outbox WHERE recipient = @to AND sent_at IS NOT NULL", ("to", user.User.Email)), n => n == 1, "the email marked sent");
        Assert.Single(platform.Mail.To(user.User.Email), m => m.Subject == "While the mail server was down");
    }
}
