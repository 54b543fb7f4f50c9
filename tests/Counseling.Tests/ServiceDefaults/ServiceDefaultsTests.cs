using System.Diagnostics;
using Counseling.ServiceDefaults;
using Counseling.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Counseling.Tests.ServiceDefaults;

/// <summary>
/// The telemetry both hosts get from <see cref="ServiceDefaultsExtensions.AddServiceDefaults{TBuilder}"/>. In the
/// platform collection, so that no other test's activity listener (the trace test's) runs at the same time and
/// decides what is recorded.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ServiceDefaultsTests
{
    /// <summary>Nothing listens there: an exporter pointed at it drops what it is given.</summary>
    private const string NowhereEndpoint = "http://127.0.0.1:9";

    private static IHost Silo(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        return builder.AddServiceDefaults("counseling-silo").Build();
    }

    private static WebApplication Api(params (string Key, string Value)[] settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        return builder.AddServiceDefaults("counseling-api").Build();
    }

    private static Activity? Start(string source)
    {
        using var activitySource = new ActivitySource(source);
        return activitySource.StartActivity("probe");
    }

    [Fact]
    public void WithoutAnOtlpEndpointNothingIsRecorded()
    {
        using var silo = Silo();

        Assert.Null(silo.Services.GetService<TracerProvider>());
        Assert.Null(silo.Services.GetService<OpenTelemetry.Metrics.MeterProvider>());
        using var grainCall = Start("Microsoft.Orleans.Application");
        Assert.Null(grainCall);
    }

    [Fact]
    public void WithAnOtlpEndpointGrainAndDatabaseSpansAreRecordedUnderTheServiceName()
    {
        using var silo = Silo(("OTEL_EXPORTER_OTLP_ENDPOINT", NowhereEndpoint));
        var tracer = silo.Services.GetRequiredService<TracerProvider>();

        using (var grainCall = Start("Microsoft.Orleans.Application"))
        using (var database = Start("Npgsql"))
        {
            Assert.True(grainCall?.Recorded);
            Assert.True(database?.Recorded);
        }

        Assert.Contains(tracer.GetResource().Attributes, a => a is { Key: "service.name", Value: "counseling-silo" });
    }

    [Fact]
    public void TheServiceNameAndTheSamplerComeFromTheStandardVariables()
    {
        using var silo = Silo(("OTEL_EXPORTER_OTLP_ENDPOINT", NowhereEndpoint), ("OTEL_SERVICE_NAME", "silo-east-1"), ("OTEL_TRACES_SAMPLER", "always_off"));
        var tracer = silo.Services.GetRequiredService<TracerProvider>();

        using (var grainCall = Start("Microsoft.Orleans.Runtime"))
        {
            Assert.False(grainCall?.Recorded ?? false);
        }

        Assert.Contains(tracer.GetResource().Attributes, a => a is { Key: "service.name", Value: "silo-east-1" });
    }

    [Fact]
    public async Task AnApiNodeAlsoTracesItsRequestsAndRegistersHealthChecks()
    {
        await using var api = Api(("OTEL_EXPORTER_OTLP_ENDPOINT", NowhereEndpoint));
        _ = api.Services.GetRequiredService<TracerProvider>();

        using (var request = Start("Microsoft.AspNetCore"))
        {
            Assert.True(request?.Recorded);
        }

        Assert.NotNull(api.Services.GetService<HealthCheckService>());
    }

    [Fact]
    public void TheSiloServesNoHttpSoItTracesNoRequestsAndHasNoHealthChecks()
    {
        using var silo = Silo(("OTEL_EXPORTER_OTLP_ENDPOINT", NowhereEndpoint));
        _ = silo.Services.GetRequiredService<TracerProvider>();

        using (var request = Start("Microsoft.AspNetCore"))
        {
            Assert.Null(request);
        }

        Assert.Null(silo.Services.GetService<HealthCheckService>());
    }
}
