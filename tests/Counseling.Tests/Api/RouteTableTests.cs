using Counseling.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Counseling.Tests.Api;

/// <summary>
/// The published routes, spelled out: the web client, integrators and saved calendar feeds use these addresses, so a
/// change to the route constants must show up here as a deliberate edit. (Every other test reuses the constants.)
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class RouteTableTests(PlatformFixture platform)
{
    private static readonly string[] Published =
    [
        "GET /api/appointments ListAppointments",
        "POST /api/appointments HoldSlot",
        "GET /api/appointments/{appointmentId:guid} GetAppointment",
        "POST /api/appointments/{appointmentId:guid}/cancel CancelAppointment",
        "GET /api/appointments/{appointmentId:guid}/cancellation QuoteCancellation",
        "POST /api/appointments/{appointmentId:guid}/checkout StartCheckout",
        "POST /api/appointments/{appointmentId:guid}/complete CompleteAppointment",
        "POST /api/appointments/{appointmentId:guid}/no-show ReportNoShow",
        "GET /api/appointments/{appointmentId:guid}/receipt GetReceipt",
        "POST /api/appointments/{appointmentId:guid}/redeem RedeemCredit",
        "POST /api/appointments/{appointmentId:guid}/reschedule RescheduleAppointment",
        "POST /api/auth/login Login",
        "POST /api/auth/logout Logout",
        "POST /api/auth/refresh Refresh",
        "POST /api/auth/register Register",
        "POST /api/auth/password-reset RequestPasswordReset",
        "POST /api/auth/password-reset/confirm ResetPassword",
        "POST /api/me/password ChangePassword",
        "GET /api/me/sign-ins ListSignIns",
        "DELETE /api/me/sign-ins/{signInId:guid} RevokeSignIn",
        "GET /api/calendar.ics DownloadCalendar",
        "DELETE /api/calendar/feed RevokeCalendarFeed",
        "POST /api/calendar/feed CreateCalendarFeed",
        "GET /api/counselor/me GetOwnCounselorRecord",
        "PUT /api/counselor/me/availability SetAvailability",
        "GET /api/counselor/me/content ListMyContentOffers",
        "POST /api/counselor/me/content CreateContentOffer",
        "DELETE /api/counselor/me/content/{offerId:guid} RetireContentOffer",
        "PUT /api/counselor/me/content/{offerId:guid} UpdateContentOffer",
        "PUT /api/counselor/me/credential SubmitCredential",
        "GET /api/counselor/me/packages ListMyPackageOffers",
        "POST /api/counselor/me/packages CreatePackageOffer",
        "DELETE /api/counselor/me/packages/{offerId:guid} RetirePackageOffer",
        "PUT /api/counselor/me/packages/{offerId:guid} UpdatePackageOffer",
        "GET /api/counselor/me/payout-account GetPayoutAccount",
        "PUT /api/counselor/me/payout-account SetPayoutAccount",
        "POST /api/counselor/me/payout-account/onboarding StartPayoutOnboarding",
        "PUT /api/counselor/me/profile UpdateCounselorProfile",
        "GET /api/counselor/me/settlements ListSettlements",
        "POST /api/counselor/me/settlements ApplyForSettlement",
        "GET /api/counselors SearchCounselors",
        "GET /api/counselors/{counselorId:guid} GetCounselor",
        "GET /api/counselors/{counselorId:guid}/content ListContentOffers",
        "GET /api/counselors/{counselorId:guid}/packages ListPackageOffers",
        "GET /api/counselors/{counselorId:guid}/slots GetSlots",
        "GET /api/entitlements ListEntitlements",
        "GET /api/entitlements/{contentId:guid} GetEntitlement",
        "GET /api/assessments/instruments ListAssessmentInstruments",
        "GET /api/assessments ListMyAssessments",
        "POST /api/assessments SubmitAssessment",
        "GET /api/assessments/{responseId:guid} GetMyAssessment",
        "GET /api/assessments/{responseId:guid}/fhir ExportAssessmentFhir",
        "GET /api/assessments/trends GetMyTrends",
        "GET /api/assessments/schedule GetMyAssessmentSchedule",
        "GET /api/clients/{clientId:guid}/assessments ListClientAssessments",
        "GET /api/clients/{clientId:guid}/care GetClientCare",
        "POST /api/clients/{clientId:guid}/care/high-risk/clear ClearHighRisk",
        "POST /api/clients/{clientId:guid}/concerns RaiseConcern",
        "GET /api/clients/{clientId:guid}/trends GetClientTrends",
        "GET /api/clients/{clientId:guid}/assessment-schedule GetClientAssessmentSchedule",
        "PUT /api/clients/{clientId:guid}/assessment-schedule SetClientAssessmentSchedule",
        "DELETE /api/clients/{clientId:guid}/assessment-schedule StopClientAssessmentSchedule",
        "GET /api/crisis/alerts ListCrisisAlerts",
        "GET /api/crisis/alerts/{alertId:guid} GetCrisisAlert",
        "POST /api/crisis/alerts/{alertId:guid}/acknowledge AcknowledgeCrisisAlert",
        "POST /api/crisis/alerts/{alertId:guid}/resolve ResolveCrisisAlert",
        "GET /api/crisis/on-call GetOnCall",
        "PUT /api/crisis/on-call SetOnCall",
        "GET /api/crisis/resources GetCrisisResources",
        "GET /api/intake GetMyIntake",
        "PUT /api/intake SaveMyIntake",
        "POST /api/matching MatchCounselors",
        "GET /api/me GetMe",
        "PUT /api/me/preferences SetDisplayPreferences",
        "GET /api/membership GetMembership",
        "POST /api/membership/cancel CancelMembership",
        "POST /api/membership/keep KeepMembership",
        "POST /api/membership/pause PauseMembership",
        "POST /api/membership/resume ResumeMembership",
        "GET /api/memberships/plans ListMembershipPlans",
        "GET /api/notifications ListNotifications",
        "POST /api/notifications/read MarkNotificationsRead",
        "GET /api/operator/accounts FindAccount",
        "GET /api/operator/disputes ListDisputes",
        "POST /api/operator/disputes/{disputeId}/review ReviewDispute",
        "GET /api/operator/settlements ListPendingSettlements",
        "POST /api/operator/settlements/{counselorId:guid}/{applicationId:guid} DecideSettlement",
        "GET /api/operator/verifications ListPendingVerifications",
        "GET /api/operator/verifications/{counselorId:guid} GetCounselorForReview",
        "POST /api/operator/verifications/{counselorId:guid} ReviewCredential",
        "POST /api/payments/simulated/purchases/{purchaseId:guid}/pay PayPurchaseSimulated",
        "POST /api/payments/simulated/{appointmentId:guid}/pay PaySimulated",
        "POST /api/payments/stripe/webhook StripeWebhook",
        "GET /api/policies/cancellation GetCancellationPolicy",
        "GET /api/purchases ListPurchases",
        "POST /api/purchases CreatePurchase",
        "GET /api/purchases/{purchaseId:guid} GetPurchase",
        "POST /api/purchases/{purchaseId:guid}/checkout StartPurchaseCheckout",
        "GET /api/purchases/{purchaseId:guid}/receipt GetPurchaseReceipt",
        "GET /api/specialties ListSpecialties",
        "GET /api/wallet GetWallet",
        "GET /api/wallet/statement GetStatement",
        "GET /calendar/{token}.ics CalendarFeed",
        "GET /problems ListProblemTypes",
        "GET /problems/{code} GetProblemType",
    ];

    [Fact]
    public void EveryNamedEndpointKeepsItsMethodAndAddress()
    {
        var endpoints = platform.Api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IEndpointNameMetadata>() is not null)
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Select(method =>
                $"{method} {Address(e.RoutePattern.RawText!)} {e.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName}"))
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(Published.Order(StringComparer.Ordinal), endpoints);
    }

    /// <summary>Routing ignores a trailing slash, which a group's root endpoint gets in its pattern.</summary>
    private static string Address(string pattern) => pattern.Length > 1 ? pattern.TrimEnd('/') : pattern;
}
