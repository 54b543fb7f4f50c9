using Counseling.Api.Apis;
using Counseling.Api.Crisis;
using Counseling.Api.Extensions;
using Counseling.Api.Seeding;
using Counseling.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults("counseling-api");
builder.AddCounselingOrleansClient();
builder.AddCounselingProblemDetails();
builder.AddCounselingAuthentication();
builder.AddCounselingRateLimiting();
builder.AddCounselingHealth();
builder.AddCounselingJson();
builder.AddCounselingRealtime();
builder.Services.AddValidation();
builder.AddCounselingOpenApi();
builder.Services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section);
builder.Services.AddOptions<CrisisResourceOptions>().BindConfiguration(CrisisResourceOptions.Section);
builder.Services.AddSingleton<CrisisResourceCatalog>();
builder.Services.AddHostedService<AccountSeeder>();
builder.Services.AddOptions<PaymentsApi.PaymentsSettings>().BindConfiguration("Payments");

var app = builder.Build();

app.UseCounselingProblemDetails();
app.UseCounselingWebPages();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseCounselingInputGuard();

app.MapOpenApi().AllowAnonymous();
app.MapCounselingHealth();
app.MapProblemTypesApi();
app.MapAuthApi();
app.MapMeApi();
app.MapOperatorAccountsApi();
app.MapSpecialtiesApi();
app.MapAssessmentInstrumentsApi();
app.MapAssessmentsApi();
app.MapClientCareApi();
app.MapCrisisApi();
app.MapCounselorsApi();
app.MapIntakeApi();
app.MapMatchingApi();
app.MapCounselorRecordApi();
app.MapVerificationsApi();
app.MapPackageOffersApi();
app.MapContentOffersApi();
app.MapAppointmentsApi();
app.MapPoliciesApi();
app.MapNotificationsApi();
app.MapCalendarDownloadApi();
app.MapCalendarFeedApi();
app.MapPublicCalendarApi();
app.MapWalletApi();
app.MapPaymentsApi();
app.MapSettlementsApi();
app.MapPayoutAccountApi();
app.MapSettlementReviewsApi();
app.MapPurchasesApi();
app.MapMembershipPlansApi();
app.MapMembershipApi();
app.MapEntitlementsApi();
app.MapDisputesApi();
app.MapCounselingHubs();

app.Run();

/// <summary>Entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
