using System.Text.RegularExpressions;
using Counseling.Api.Apis;

namespace Counseling.UnitTests.Api;

/// <summary>The addresses callers build are the ones the endpoints map: each helper fills its group's template.</summary>
public sealed partial class RoutesTests
{
    private static readonly Guid A = Guid.NewGuid();
    private static readonly Guid B = Guid.NewGuid();

    /// <summary>The template with its parameters filled in order, as routing would match them.</summary>
    private static string Fill(string prefix, string template, params object[] values)
    {
        var next = 0;
        return prefix + Parameter().Replace(template, _ => values[next++].ToString()!);
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();

    public static TheoryData<string, string> Addresses => new()
    {
        { Fill(Routes.Auth.Prefix, Routes.Auth.RegisterTemplate), Routes.Auth.Register },
        { Fill(Routes.Auth.Prefix, Routes.Auth.LoginTemplate), Routes.Auth.Login },
        { Fill(Routes.Auth.Prefix, Routes.Auth.RefreshTemplate), Routes.Auth.Refresh },
        { Fill(Routes.Auth.Prefix, Routes.Auth.LogoutTemplate), Routes.Auth.Logout },
        { Fill(Routes.Counselors.Prefix, Routes.Counselors.ByIdTemplate, A), Routes.Counselors.ById(A) },
        { Fill(Routes.Counselors.Prefix, Routes.Counselors.SlotsTemplate, A), Routes.Counselors.Slots(A) },
        { Fill(Routes.Counselors.Prefix, Routes.Counselors.PackagesTemplate, A), Routes.Counselors.Packages(A) },
        { Fill(Routes.Counselors.Prefix, Routes.Counselors.ContentTemplate, A), Routes.Counselors.Content(A) },
        { Fill(Routes.CounselorRecord.Prefix, Routes.CounselorRecord.ProfileTemplate), Routes.CounselorRecord.Profile },
        { Fill(Routes.CounselorRecord.Prefix, Routes.CounselorRecord.CredentialTemplate), Routes.CounselorRecord.Credential },
        { Fill(Routes.CounselorRecord.Prefix, Routes.CounselorRecord.AvailabilityTemplate), Routes.CounselorRecord.Availability },
        { Fill(Routes.PackageOffers.Prefix, Routes.PackageOffers.ByIdTemplate, A), Routes.PackageOffers.ById(A) },
        { Fill(Routes.ContentOffers.Prefix, Routes.ContentOffers.ByIdTemplate, A), Routes.ContentOffers.ById(A) },
        { Fill(Routes.PayoutAccount.Prefix, Routes.PayoutAccount.OnboardingTemplate), Routes.PayoutAccount.Onboarding },
        { Fill(Routes.Wallet.Prefix, Routes.Wallet.StatementTemplate), Routes.Wallet.Statement },
        { Fill(Routes.Verifications.Prefix, Routes.Verifications.ByIdTemplate, A), Routes.Verifications.ById(A) },
        { Fill(Routes.SettlementReviews.Prefix, Routes.SettlementReviews.DecisionTemplate, A, B), Routes.SettlementReviews.Decision(A, B) },
        { Fill(Routes.Disputes.Prefix, Routes.Disputes.ReviewTemplate, "dp_1"), Routes.Disputes.Review("dp_1") },
        { Fill(Routes.Appointments.Prefix, Routes.Appointments.ByIdTemplate, A), Routes.Appointments.ById(A) },
        { Fill(Routes.Appointments.Prefix, Routes.Appointments.CancelTemplate, A), Routes.Appointments.Cancel(A) },
        { Fill(Routes.Appointments.Prefix, Routes.Appointments.RescheduleTemplate, A), Routes.Appointments.Reschedule(A) },
        { Fill(Routes.Appointments.Prefix, Routes.Appointments.NoShowTemplate, A), Routes.Appointments.NoShow(A) },
        { Fill(Routes.Appointments.Prefix, Routes.Appointments.CompleteTemplate, A), Routes.Appointments.Complete(A) },
        { Fill(Routes.Appointments.Prefix, Routes.Appointments.CheckoutTemplate, A), Routes.Appointments.Checkout(A) },
        { Fill(Routes.Appointments.Prefix, Routes.Appointments.RedeemTemplate, A), Routes.Appointments.Redeem(A) },
        { Fill(Routes.Appointments.Prefix, Routes.Appointments.ReceiptTemplate, A), Routes.Appointments.Receipt(A) },
        { Fill(Routes.PublicCalendar.Prefix, Routes.PublicCalendar.FeedTemplate, "abc.def"), Routes.PublicCalendar.Feed("abc.def") },
        { Fill(Routes.Notifications.Prefix, Routes.Notifications.ReadTemplate), Routes.Notifications.Read },
        { Fill(Routes.Payments.Prefix, Routes.Payments.SimulatedAppointmentTemplate, A), Routes.Payments.PaySimulated(A) },
        { Fill(Routes.Payments.Prefix, Routes.Payments.SimulatedPurchaseTemplate, A), Routes.Payments.PaySimulatedPurchase(A) },
        { Fill(Routes.Payments.Prefix, Routes.Payments.WebhookTemplate), Routes.Payments.Webhook },
        { Fill(Routes.Purchases.Prefix, Routes.Purchases.ByIdTemplate, A), Routes.Purchases.ById(A) },
        { Fill(Routes.Purchases.Prefix, Routes.Purchases.CheckoutTemplate, A), Routes.Purchases.Checkout(A) },
        { Fill(Routes.Purchases.Prefix, Routes.Purchases.ReceiptTemplate, A), Routes.Purchases.Receipt(A) },
        { Fill(Routes.Entitlements.Prefix, Routes.Entitlements.ByIdTemplate, A), Routes.Entitlements.ById(A) },
        { Fill(Routes.Policies.Prefix, Routes.Policies.CancellationTemplate), Routes.Policies.Cancellation },
        { Fill(Routes.Membership.Prefix, Routes.Membership.PauseTemplate), Routes.Membership.Pause },
        { Fill(Routes.Membership.Prefix, Routes.Membership.ResumeTemplate), Routes.Membership.Resume },
        { Fill(Routes.Membership.Prefix, Routes.Membership.CancelTemplate), Routes.Membership.Cancel },
        { Fill(Routes.Membership.Prefix, Routes.Membership.KeepTemplate), Routes.Membership.Keep },
        { Fill(Routes.ProblemTypes.Prefix, Routes.ProblemTypes.ByCodeTemplate, "validation"), Routes.ProblemTypes.ByCode("validation") },
    };

    [Theory]
    [MemberData(nameof(Addresses))]
    public void AHelperBuildsTheAddressItsTemplateMaps(string mapped, string built) => Assert.Equal(mapped, built);

    [Fact]
    public void ProblemTypeUrisResolveWhereTheProblemPagesAreMapped() =>
        Assert.Equal(Counseling.Api.Problems.ProblemTypes.Prefix, Routes.ProblemTypes.Prefix + "/");
}
