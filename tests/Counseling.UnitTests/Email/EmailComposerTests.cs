using Counseling.GrainInterfaces.Accounts;
using Counseling.GrainInterfaces.Notifications;
using Counseling.Grains.Email;
using Counseling.Grains.Notifications;

namespace Counseling.UnitTests.Email;

public sealed class EmailComposerTests
{
    private static readonly Uri Base = new("https://care.example");
    private static readonly int[] FailedAttempts = [0, 1, 2, 3, 7, 40];
    private static readonly DateTimeOffset At = new(2026, 12, 3, 15, 30, 0, TimeSpan.Zero);

    private static UserProfile Reader(string? zone = null, ClockStyle clock = ClockStyle.Auto, string name = "Sam") =>
        new(Guid.NewGuid(), "sam@example.org", name, UserRole.Client, At, zone, clock);

    [Fact]
    public void TimesAreWrittenInTheReadersZoneAndClock()
    {
        var n = new Notification(Guid.NewGuid(), NotificationKinds.BookingConfirmed, "Your session is booked", $"With Dr. Lee, {Notifier.Time()}.", At, Guid.NewGuid(), Times: [At]);
        Assert.Contains("With Dr. Lee, Thu, Dec 3, 10:30 AM.", EmailComposer.Compose(n, Reader("America/New_York"), Base).TextBody, StringComparison.Ordinal);
        Assert.Contains("With Dr. Lee, Thu, Dec 3, 16:30.", EmailComposer.Compose(n, Reader("Europe/Berlin", ClockStyle.TwentyFourHour), Base).TextBody, StringComparison.Ordinal);
        Assert.Contains("Times are in UTC.", EmailComposer.Compose(n, Reader("Not/AZone"), Base).TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void ClinicalKindsSayOnlyThatSomethingWaits()
    {
        var n = new Notification(Guid.NewGuid(), NotificationKinds.ScoreWorsened, "Riley: PHQ-9 moved to severe", "PHQ-9 total 22 (was 12, moderate).", At, null, SubjectId: Guid.NewGuid());
        var email = EmailComposer.Compose(n, Reader(), Base);
        Assert.Equal("News about one of your clients", email.Subject);
        Assert.DoesNotContain("PHQ", email.TextBody + email.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Riley", email.TextBody + email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"https://care.example/#/clients/{n.SubjectId}", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void AReminderLinksToTheRoomAndTypedReasonsStayOnThePlatform()
    {
        var appointment = Guid.NewGuid();
        var reminder = new Notification(Guid.NewGuid(), NotificationKinds.AppointmentReminder, "Your session is in 1 hour", "With Dr. Lee.", At, appointment);
        Assert.Contains($"Join the session: https://care.example/#/sessions/{appointment}", EmailComposer.Compose(reminder, Reader(), Base).TextBody, StringComparison.Ordinal);

        var cancelled = new Notification(Guid.NewGuid(), NotificationKinds.BookingCancelled, "Session cancelled", "Dr. Lee cancelled it. Reason: my own private words", At, appointment);
        Assert.DoesNotContain("private words", EmailComposer.Compose(cancelled, Reader(), Base).TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void NamesAreEscapedInHtmlAndSubjectsNeverBreakIntoHeaders()
    {
        var n = new Notification(Guid.NewGuid(), NotificationKinds.CredentialVerified, "Verified\r\nBcc: everyone@example.org", "<script>alert(1)</script>", At, null);
        var email = EmailComposer.Compose(n, Reader(name: "<img src=x onerror=alert(1)>"), Base);
        Assert.DoesNotContain("\n", email.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", email.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", email.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", email.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void OneNotificationIsOneEmailAndRetriesBackOffUpToTheLimit()
    {
        var n = new Notification(Guid.NewGuid(), NotificationKinds.CredentialVerified, "Verified", "Clients can book you.", At, null);
        Assert.Equal(EmailComposer.Compose(n, Reader(), Base).DedupKey, EmailComposer.Compose(n, Reader(), Base).DedupKey);
        var first = TimeSpan.FromSeconds(30);
        var max = TimeSpan.FromHours(1);
        Assert.Equal([30, 60, 120, 240, 3600, 3600], FailedAttempts.Select(a => EmailText.RetryDelay(a, first, max).TotalSeconds));
    }
}
