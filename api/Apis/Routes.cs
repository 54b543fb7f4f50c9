namespace Counseling.Api.Apis;

/// <summary>
/// Every address the api answers at, for its endpoints, integrators and tests. Each nested class is one endpoint
/// file's group: its <c>Prefix</c> (the <c>MapGroup</c>), the templates its endpoints map relative to the prefix
/// (<c>…Template</c>), and the addresses callers use, as constants when there is nothing to fill in and as methods
/// when there is. The web client and saved calendar feeds use these addresses: they are public and never change.
/// The care routes (assessments, intake, matching, clients' care records, crisis) are in Routes.Care.cs.
/// </summary>
public static partial class Routes
{
    /// <summary>The group's own address: its list, or the one resource it is.</summary>
    public const string Root = "";

    public const string HealthLive = "/health/live";
    public const string HealthReady = "/health/ready";
    public const string OpenApi = "/openapi/v1.json";

    public static class Auth
    {
        public const string Prefix = "/api/auth";
        public const string RegisterTemplate = "/register";
        public const string LoginTemplate = "/login";
        public const string RefreshTemplate = "/refresh";
        public const string LogoutTemplate = "/logout";
        public const string PasswordResetTemplate = "/password-reset";
        public const string PasswordResetConfirmTemplate = "/password-reset/confirm";

        public const string Register = Prefix + RegisterTemplate;
        public const string PasswordReset = Prefix + PasswordResetTemplate;
        public const string PasswordResetConfirm = Prefix + PasswordResetConfirmTemplate;
        public const string Login = Prefix + LoginTemplate;
        public const string Refresh = Prefix + RefreshTemplate;
        public const string Logout = Prefix + LogoutTemplate;
    }

    public static class Me
    {
        public const string Prefix = "/api/me";
        public const string PreferencesTemplate = "/preferences";
        public const string PasswordTemplate = "/password";
        public const string SignInsTemplate = "/sign-ins";
        public const string SignInTemplate = "/sign-ins/{signInId:guid}";
        public const string SignIns = Prefix + SignInsTemplate;

        public static string SignIn(Guid signInId) => $"{Prefix}/sign-ins/{signInId}";

        public const string Preferences = Prefix + PreferencesTemplate;
        public const string Password = Prefix + PasswordTemplate;
    }

    public static class Specialties
    {
        public const string Prefix = "/api/specialties";
    }

    /// <summary>The public directory.</summary>
    public static class Counselors
    {
        public const string Prefix = "/api/counselors";
        public const string ByIdTemplate = "/{counselorId:guid}";
        public const string SlotsTemplate = ByIdTemplate + "/slots";
        public const string PackagesTemplate = ByIdTemplate + "/packages";
        public const string ContentTemplate = ByIdTemplate + "/content";

        public static string ById(Guid counselorId) => $"{Prefix}/{counselorId}";

        public static string Slots(Guid counselorId) => $"{ById(counselorId)}/slots";

        public static string Packages(Guid counselorId) => $"{ById(counselorId)}/packages";

        public static string Content(Guid counselorId) => $"{ById(counselorId)}/content";
    }

    /// <summary>The signed-in counselor's own record: profile, credential and hours.</summary>
    public static class CounselorRecord
    {
        public const string Prefix = "/api/counselor/me";
        public const string ProfileTemplate = "/profile";
        public const string CredentialTemplate = "/credential";
        public const string AvailabilityTemplate = "/availability";

        public const string Profile = Prefix + ProfileTemplate;
        public const string Credential = Prefix + CredentialTemplate;
        public const string Availability = Prefix + AvailabilityTemplate;
    }

    /// <summary>The signed-in counselor's package offers.</summary>
    public static class PackageOffers
    {
        public const string Prefix = CounselorRecord.Prefix + "/packages";
        public const string ByIdTemplate = "/{offerId:guid}";

        public static string ById(Guid offerId) => $"{Prefix}/{offerId}";
    }

    /// <summary>The signed-in counselor's paid content listings.</summary>
    public static class ContentOffers
    {
        public const string Prefix = CounselorRecord.Prefix + "/content";
        public const string ByIdTemplate = "/{offerId:guid}";

        public static string ById(Guid offerId) => $"{Prefix}/{offerId}";
    }

    /// <summary>The signed-in counselor's earnings and settlement applications.</summary>
    public static class Settlements
    {
        public const string Prefix = CounselorRecord.Prefix + "/settlements";
    }

    /// <summary>The signed-in counselor's payout account at the provider.</summary>
    public static class PayoutAccount
    {
        public const string Prefix = CounselorRecord.Prefix + "/payout-account";
        public const string OnboardingTemplate = "/onboarding";

        public const string Onboarding = Prefix + OnboardingTemplate;
    }

    public static class OperatorAccounts
    {
        public const string Prefix = "/api/operator/accounts";
    }

    /// <summary>Operators' queue of credentials to verify.</summary>
    public static class Verifications
    {
        public const string Prefix = "/api/operator/verifications";
        public const string ByIdTemplate = "/{counselorId:guid}";

        public static string ById(Guid counselorId) => $"{Prefix}/{counselorId}";
    }

    /// <summary>Operators' queue of settlement applications.</summary>
    public static class SettlementReviews
    {
        public const string Prefix = "/api/operator/settlements";
        public const string DecisionTemplate = "/{counselorId:guid}/{applicationId:guid}";

        public static string Decision(Guid counselorId, Guid applicationId) => $"{Prefix}/{counselorId}/{applicationId}";
    }

    public static class Disputes
    {
        public const string Prefix = "/api/operator/disputes";
        public const string ReviewTemplate = "/{disputeId}/review";

        public static string Review(string disputeId) => $"{Prefix}/{Uri.EscapeDataString(disputeId)}/review";
    }

    public static class Appointments
    {
        public const string Prefix = "/api/appointments";
        public const string ByIdTemplate = "/{appointmentId:guid}";
        public const string CancelTemplate = ByIdTemplate + "/cancel";
        public const string CancellationTemplate = ByIdTemplate + "/cancellation";
        public const string RescheduleTemplate = ByIdTemplate + "/reschedule";
        public const string NoShowTemplate = ByIdTemplate + "/no-show";
        public const string CompleteTemplate = ByIdTemplate + "/complete";
        public const string CheckoutTemplate = ByIdTemplate + "/checkout";
        public const string RedeemTemplate = ByIdTemplate + "/redeem";
        public const string ReceiptTemplate = ByIdTemplate + "/receipt";

        public static string ById(Guid appointmentId) => $"{Prefix}/{appointmentId}";

        public static string Cancel(Guid appointmentId) => $"{ById(appointmentId)}/cancel";

        public static string Cancellation(Guid appointmentId) => $"{ById(appointmentId)}/cancellation";

        public static string Reschedule(Guid appointmentId) => $"{ById(appointmentId)}/reschedule";

        public static string NoShow(Guid appointmentId) => $"{ById(appointmentId)}/no-show";

        public static string Complete(Guid appointmentId) => $"{ById(appointmentId)}/complete";

        public static string Checkout(Guid appointmentId) => $"{ById(appointmentId)}/checkout";

        public static string Redeem(Guid appointmentId) => $"{ById(appointmentId)}/redeem";

        public static string Receipt(Guid appointmentId) => $"{ById(appointmentId)}/receipt";
    }

    /// <summary>The signed-in user's appointments as one .ics download.</summary>
    public static class CalendarDownload
    {
        public const string Prefix = "/api/calendar.ics";
    }

    /// <summary>Issuing and revoking the signed-in user's private calendar feed.</summary>
    public static class CalendarFeed
    {
        public const string Prefix = "/api/calendar/feed";
    }

    /// <summary>The private feeds calendar apps poll without signing in; the token in the address is the credential.</summary>
    public static class PublicCalendar
    {
        public const string Prefix = "/calendar";
        public const string FeedTemplate = "/{token}.ics";

        public static string Feed(string token) => $"{Prefix}/{token}.ics";
    }

    public static class Wallet
    {
        public const string Prefix = "/api/wallet";
        public const string StatementTemplate = "/statement";
        public const string Statement = Prefix + StatementTemplate;
    }

    public static class Notifications
    {
        public const string Prefix = "/api/notifications";
        public const string ReadTemplate = "/read";

        public const string Read = Prefix + ReadTemplate;
    }

    /// <summary>The simulated provider's payment buttons and the Stripe webhook.</summary>
    public static class Payments
    {
        public const string Prefix = "/api/payments";
        public const string SimulatedAppointmentTemplate = "/simulated/{appointmentId:guid}/pay";
        public const string SimulatedPurchaseTemplate = "/simulated/purchases/{purchaseId:guid}/pay";
        public const string WebhookTemplate = "/stripe/webhook";

        public const string Webhook = Prefix + WebhookTemplate;

        public static string PaySimulated(Guid appointmentId) => $"{Prefix}/simulated/{appointmentId}/pay";

        public static string PaySimulatedPurchase(Guid purchaseId) => $"{Prefix}/simulated/purchases/{purchaseId}/pay";
    }

    public static class Purchases
    {
        public const string Prefix = "/api/purchases";
        public const string ByIdTemplate = "/{purchaseId:guid}";
        public const string CheckoutTemplate = ByIdTemplate + "/checkout";
        public const string ReceiptTemplate = ByIdTemplate + "/receipt";

        public static string ById(Guid purchaseId) => $"{Prefix}/{purchaseId}";

        public static string Checkout(Guid purchaseId) => $"{ById(purchaseId)}/checkout";

        public static string Receipt(Guid purchaseId) => $"{ById(purchaseId)}/receipt";
    }

    /// <summary>The paid content the signed-in user may open.</summary>
    public static class Entitlements
    {
        public const string Prefix = "/api/entitlements";
        public const string ByIdTemplate = "/{contentId:guid}";

        public static string ById(Guid contentId) => $"{Prefix}/{contentId}";
    }

    public static class Policies
    {
        public const string Prefix = "/api/policies";
        public const string CancellationTemplate = "/cancellation";

        public const string Cancellation = Prefix + CancellationTemplate;
    }

    public static class MembershipPlans
    {
        public const string Prefix = "/api/memberships/plans";
    }

    /// <summary>The signed-in client's membership.</summary>
    public static class Membership
    {
        public const string Prefix = "/api/membership";
        public const string PauseTemplate = "/pause";
        public const string ResumeTemplate = "/resume";
        public const string CancelTemplate = "/cancel";
        public const string KeepTemplate = "/keep";

        public const string Pause = Prefix + PauseTemplate;
        public const string Resume = Prefix + ResumeTemplate;
        public const string Cancel = Prefix + CancelTemplate;
        public const string Keep = Prefix + KeepTemplate;
    }

    /// <summary>Where problem "type" URIs resolve to their descriptions (see <see cref="Problems.ProblemTypes"/>).</summary>
    public static class ProblemTypes
    {
        public const string Prefix = "/problems";
        public const string ByCodeTemplate = "/{code}";

        public static string ByCode(string code) => $"{Prefix}/{code}";
    }

    /// <summary>Pages of the web client that payment and onboarding pages send people back to.</summary>
    public static class WebPages
    {
        public const string Appointments = "/#/appointments";
        public const string Wallet = "/#/wallet";
        public const string PayoutOnboardingDone = Wallet + "?onboarding=done";
        public const string PayoutOnboardingRetry = Wallet + "?onboarding=retry";

        public static string AppointmentPaid(Guid appointmentId) => $"{Appointments}?paid={appointmentId}";

        public static string PurchasePaid(Guid purchaseId) => $"{Wallet}?paid={purchaseId}";
    }
}
