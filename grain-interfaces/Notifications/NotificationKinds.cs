namespace Counseling.GrainInterfaces.Notifications;

public static class NotificationKinds
{
    public const string BookingConfirmed = "booking-confirmed";
    public const string BookingCancelled = "booking-cancelled";
    public const string BookingRescheduled = "booking-rescheduled";
    public const string HoldExpired = "hold-expired";
    public const string AppointmentReminder = "appointment-reminder";
    public const string NoShow = "no-show";
    public const string SettlementPaid = "settlement-paid";
    public const string SettlementRejected = "settlement-rejected";
    public const string PurchaseCompleted = "purchase-completed";
    public const string CreditsExpiring = "credits-expiring";
    public const string MembershipRenewed = "membership-renewed";
    public const string MembershipPaymentFailed = "membership-payment-failed";
    public const string MembershipEnded = "membership-ended";
    public const string PaymentDisputed = "payment-disputed";
    public const string CredentialVerified = "credential-verified";
    public const string CredentialRejected = "credential-rejected";
    public const string CredentialExpiring = "credential-expiring";
    public const string CredentialExpired = "credential-expired";
    public const string CrisisAlert = "crisis-alert";
    public const string ScoreWorsened = "score-worsened";
    public const string CrisisAlertEscalated = "crisis-alert-escalated";
    public const string CrisisAlertAcknowledged = "crisis-alert-acknowledged";
    public const string AssessmentRequested = "assessment-requested";
    public const string AssessmentReminder = "assessment-reminder";
    public const string AssessmentsMissed = "assessments-missed";
}
