using Counseling.Grains;
using Counseling.Grains.Accounting;
using Counseling.Grains.Assessments;
using Counseling.Grains.Crisis;
using Counseling.Grains.Booking;
using Counseling.Grains.Email;
using Counseling.Grains.Payments;
using Counseling.Grains.Purchases;
using Counseling.Grains.Sessions;
using Npgsql;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Counseling.Silo.Extensions;

public static class CounselingSiloBuilderExtensions
{
    public const string AdoNetInvariant = "Npgsql";

    /// <summary>
    /// Membership, grain state and reminders. With a connection string all three go to PostgreSQL through the
    /// Orleans ADO.NET providers and our own schema; without one, to memory (nothing survives a restart).
    /// Used unchanged by the silo host and by the test cluster.
    /// </summary>
    public static ISiloBuilder AddCounselingPersistence(this ISiloBuilder silo, string? connectionString)
    {
        // Chosen on day 0 and never changed: switching serializers orphans every stored grain state.
        silo.UseSystemTextJsonGrainStorageSerializer();
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            silo.AddMemoryGrainStorage(StorageNames.Main);
            silo.UseInMemoryReminderService();
            silo.Services.AddSingleton<ITranscriptStore, InMemoryTranscriptStore>();
            silo.Services.AddSingleton<ILedgerStore, InMemoryLedgerStore>();
            silo.Services.AddSingleton<IAssessmentStore, InMemoryAssessmentStore>();
            silo.Services.AddSingleton<IEmailOutbox, InMemoryEmailOutbox>();
            return silo;
        }

        // Append-only tables the grains own (chat transcripts) are written with plain Npgsql.
        silo.Services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString).Build());
        silo.Services.AddSingleton<ITranscriptStore, PostgresTranscriptStore>();
        silo.Services.AddSingleton<ILedgerStore, PostgresLedgerStore>();
        silo.Services.AddSingleton<IAssessmentStore, PostgresAssessmentStore>();
        silo.Services.AddSingleton<IEmailOutbox, PostgresEmailOutbox>();

        silo.UseAdoNetClustering(o =>
        {
            o.Invariant = AdoNetInvariant;
            o.ConnectionString = connectionString;
        });
        silo.AddAdoNetGrainStorage(StorageNames.Main, o =>
        {
            o.Invariant = AdoNetInvariant;
            o.ConnectionString = connectionString;
        });
        silo.UseAdoNetReminderService(o =>
        {
            o.Invariant = AdoNetInvariant;
            o.ConnectionString = connectionString;
        });
        return silo;
    }

    /// <summary>Services the grains depend on, and trace propagation into grain calls.</summary>
    public static ISiloBuilder AddCounselingGrains(this ISiloBuilder silo)
    {
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.AddOptions<PaymentOptions>().BindConfiguration(PaymentOptions.Section);
        silo.Services.AddSingleton<IPaymentGateway>(sp =>
        {
            var payments = sp.GetRequiredService<IOptions<PaymentOptions>>();
            if (!payments.Value.Simulated)
            {
                return new StripePaymentGateway(payments);
            }

            sp.GetRequiredService<ILoggerFactory>().CreateLogger("Counseling.Payments")
                .LogWarning("No Stripe key configured (Payments:StripeSecretKey): payments are SIMULATED and move no real money.");
            return new SimulatedPaymentGateway();
        });
        // A hold shorter than the shortest reminder Orleans allows (a minute, unless a test cluster lowers it) could not lapse on time.
        silo.Services.AddOptions<BookingOptions>().BindConfiguration(BookingOptions.Section)
            .Validate<IOptions<ReminderOptions>>((o, reminders) => o.HoldDuration >= reminders.Value.MinimumReminderPeriod && o.CancellationWindow >= TimeSpan.Zero, "Booking:HoldDuration must be at least a minute.")
            .ValidateOnStart();
        silo.Services.AddOptions<SessionOptions>().BindConfiguration(SessionOptions.Section)
            .Validate(o => o.OpensBefore >= TimeSpan.Zero && o.Grace >= TimeSpan.Zero && o.MessageBurst > 0 && o.MessagesPerSecond > 0, "Sessions: OpensBefore and Grace cannot be negative; MessageBurst and MessagesPerSecond must be positive.")
            .ValidateOnStart();
        silo.Services.AddOptions<FeeOptions>().BindConfiguration(FeeOptions.Section)
            .Validate(FeeOptions.IsValid, "Fees:PlatformFeePercent and Fees:LateCancellationRefundPercent are percentages (0 to 100).")
            .ValidateOnStart();
        silo.Services.AddOptions<SettlementOptions>().BindConfiguration(SettlementOptions.Section)
            .Validate(o => SettlementCalendar.IsKnownZone(o.TimeZone), "Settlement:TimeZone must be an IANA time zone id, such as 'UTC' or 'Europe/Berlin'.")
            .ValidateOnStart();
        silo.Services.AddOptions<MembershipOptions>().BindConfiguration(MembershipOptions.Section)
            .Validate(MembershipOptions.IsValid, "Memberships: every plan needs an id, a positive monthly price, a currency, and included sessions (with a price cap) or a discount of at most 90%.")
            .ValidateOnStart();
        silo.Services.AddOptions<CrisisOptions>().BindConfiguration(CrisisOptions.Section)
            .Validate(CrisisOptions.IsValid, "Crisis:AcknowledgeWithin must be positive; every Crisis:Escalation step needs an AfterDeadline later than the step before and Notify of counselor, on-call or all-operators.")
            .ValidateOnStart();
        silo.Services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section)
            .Validate(EmailOptions.IsValid, "Email: PollInterval, FirstRetryDelay and MaxRetryDelay must be positive (MaxRetryDelay at least FirstRetryDelay), PublicBaseUrl an absolute URL, and with Email:Smtp:Host set, Port 1-65535 and From an address.")
            .ValidateOnStart();
        silo.Services.AddSingleton<IEmailTransport>(sp =>
        {
            var email = sp.GetRequiredService<IOptions<EmailOptions>>();
            if (!email.Value.LogOnly)
            {
                return new SmtpEmailTransport(email);
            }

            sp.GetRequiredService<ILoggerFactory>().CreateLogger("Counseling.Email")
                .LogWarning("No SMTP server configured (Email:Smtp:Host): email is ONLY LOGGED, nobody receives it.");
            return ActivatorUtilities.CreateInstance<LoggedEmailTransport>(sp);
        });
        silo.Services.AddHostedService<EmailDispatcher>();
        silo.AddActivityPropagation();
        return silo;
    }

    public static ISiloBuilder AddCounselingEndpoints(this ISiloBuilder silo, IConfiguration config, bool inMemory)
    {
        var siloPort = config.GetValue("Orleans:SiloPort", EndpointOptions.DEFAULT_SILO_PORT);
        var gatewayPort = config.GetValue("Orleans:GatewayPort", EndpointOptions.DEFAULT_GATEWAY_PORT);
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = config["Orleans:ClusterId"] ?? "counseling-dev";
            o.ServiceId = config["Orleans:ServiceId"] ?? "counseling";
        });
        if (inMemory)
        {
            silo.UseLocalhostClustering(siloPort, gatewayPort);
            return silo;
        }

        var advertised = System.Net.IPAddress.Parse(config["Orleans:AdvertisedIPAddress"] ?? "127.0.0.1");
        silo.ConfigureEndpoints(advertised, siloPort, gatewayPort, listenOnAnyHostAddress: config.GetValue("Orleans:ListenOnAnyHostAddress", false));
        return silo;
    }
}
