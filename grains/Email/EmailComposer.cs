using Counseling.GrainInterfaces.Accounts;
using Counseling.GrainInterfaces.Notifications;

namespace Counseling.Grains.Email;

/// <summary>
/// The email for a notification, in the recipient's zone and clock, as text and HTML. Emails leave the platform, so no
/// clinical detail goes into one: for alerts, scores and check-ins the email says only that something is waiting and
/// links to it; free text a person typed (a cancellation reason) stays on the platform too. Pure.
/// </summary>
public static class EmailComposer
{
    private static readonly Dictionary<string, (string Subject, string Body)> Discreet = new()
    {
        [NotificationKinds.CrisisAlert] = ("A crisis alert needs your attention", "A crisis alert was raised and needs acknowledging. Open the crisis console to see it."),
        [NotificationKinds.CrisisAlertEscalated] = ("A crisis alert is still not acknowledged", "A crisis alert passed its deadline without an acknowledgement. Open the crisis console now."),
        [NotificationKinds.CrisisAlertAcknowledged] = ("A crisis alert was acknowledged", "Someone acknowledged a crisis alert. The crisis console has the details."),
        [NotificationKinds.ScoreWorsened] = ("News about one of your clients", "A client's latest self-assessment needs your attention. Sign in to see it."),
        [NotificationKinds.AssessmentsMissed] = ("A client has missed check-ins", "A client has not answered their recent check-ins. Sign in to see who."),
        [NotificationKinds.AssessmentRequested] = ("Your counselor asks for a check-in", "Your counselor asks you to answer a short questionnaire. It takes a few minutes."),
        [NotificationKinds.AssessmentReminder] = ("A check-in is waiting for you", "Your counselor's questionnaire is still waiting for your answers."),
    };

    public static OutboxEmail Compose(Notification notification, UserProfile recipient, Uri publicBaseUrl)
    {
        var zone = EmailText.ZoneOf(recipient.TimeZone);
        var (subject, body) = Discreet.TryGetValue(notification.Kind, out var discreet)
            ? discreet
            : (EmailText.FillTimes(notification.Title, notification.Times, zone, recipient.Clock),
               EmailText.FillTimes(WithoutTypedText(notification.Body), notification.Times, zone, recipient.Clock));
        var (label, path) = Link(notification);
        var (text, html) = EmailLayout.Render(recipient, body, label, new Uri(publicBaseUrl, path), zone);
        return new OutboxEmail(Guid.NewGuid(), $"notification:{notification.Id:N}", notification.Kind, recipient.Email,
            EmailText.SingleLine(subject), text, html, notification.At);
    }

    /// <summary>Where the email takes its reader, and what the button says.</summary>
    public static (string Label, string Path) Link(Notification n) => n.Kind switch
    {
        NotificationKinds.AppointmentReminder when n.AppointmentId is { } id => ("Join the session", $"/#/sessions/{id}"),
        _ when n.Kind.StartsWith("crisis-alert", StringComparison.Ordinal) => ("Open the crisis console", "/#/crisis"),
        NotificationKinds.ScoreWorsened or NotificationKinds.AssessmentsMissed when n.SubjectId is { } client => ("Open the client's page", $"/#/clients/{client}"),
        NotificationKinds.AssessmentRequested or NotificationKinds.AssessmentReminder => ("Answer the check-in", "/#/assessments"),
        NotificationKinds.CredentialVerified or NotificationKinds.CredentialRejected or NotificationKinds.CredentialExpiring or NotificationKinds.CredentialExpired
            => ("Open your profile", "/#/settings"),
        NotificationKinds.SettlementPaid or NotificationKinds.SettlementRejected or NotificationKinds.PurchaseCompleted or NotificationKinds.CreditsExpiring
            or NotificationKinds.MembershipRenewed or NotificationKinds.MembershipPaymentFailed or NotificationKinds.MembershipEnded => ("Open your payments", "/#/wallet"),
        _ when n.AppointmentId is not null => ("See your appointments", "/#/appointments"),
        _ => ("Open Counseling", "/"),
    };

    /// <summary>A notification's words without what a person typed into it (the cancellation reason).</summary>
    private static string WithoutTypedText(string body)
    {
        var reason = body.IndexOf(" Reason: ", StringComparison.Ordinal);
        return reason < 0 ? body : body[..reason];
    }

}
