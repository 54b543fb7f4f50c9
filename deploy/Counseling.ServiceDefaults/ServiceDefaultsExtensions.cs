using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Counseling.ServiceDefaults;

/// <summary>
/// What the silo and every api node set up the same way: telemetry, and on a host that serves HTTP the health
/// endpoints' pattern. Each host calls <see cref="AddServiceDefaults{TBuilder}"/> first.
/// </summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>Health checks with this tag decide readiness. Liveness runs none.</summary>
    public const string ReadyTag = "ready";

    /// <summary>Where the health endpoints are; traces leave them out (probes would drown the requests).</summary>
    public const string HealthPathPrefix = "/health";

    /// <summary>
    /// Traces, metrics and logs, recorded and exported over OTLP only when OTEL_EXPORTER_OTLP_ENDPOINT is set;
    /// OTEL_SERVICE_NAME overrides <paramref name="serviceName"/>, and the OTEL_TRACES_SAMPLER variables choose the
    /// sampler. A web host also traces its requests and outgoing HTTP calls, and registers health checks.
    /// </summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder, string serviceName) where TBuilder : IHostApplicationBuilder
    {
        // Only a web host has requests, Kestrel and rate limiters to measure, and health endpoints to answer on.
        var web = builder is WebApplicationBuilder;
        builder.AddTelemetry(serviceName, web);
        if (web)
        {
            builder.Services.AddHealthChecks();
        }

        return builder;
    }

    /// <summary>
    /// Liveness at <paramref name="livePath"/> runs no check: a process that answers is alive, and a shared outage
    /// (storage, the cluster) must not make an orchestrator restart every node at once. Readiness at
    /// <paramref name="readyPath"/> runs the checks tagged <see cref="ReadyTag"/>. Both are open to anonymous callers
    /// and exempt from rate limits, since probes come often and carry no credentials.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app, string livePath, string readyPath, Func<HttpContext, HealthReport, Task> writeResponse)
    {
        app.MapHealthChecks(livePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = writeResponse })
            .AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks(readyPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = writeResponse })
            .AllowAnonymous().DisableRateLimiting();
        return app;
    }

    private static void AddTelemetry(this IHostApplicationBuilder builder, string serviceName, bool web)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            // Nowhere to send them: recording spans, metrics and log records anyway would cost every request and grain
            // call (a measurable share of a chat message) for nothing. Grain calls still carry the trace context.
            return;
        }

        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? serviceName))
            .WithTracing(t =>
            {
                // Grain calls (AddActivityPropagation on both sides of a call) and database commands join one trace.
                t.AddSource("Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application").AddNpgsql();
                if (web)
                {
                    t.AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments(HealthPathPrefix))
                        .AddHttpClientInstrumentation();
                }
            })
            .WithMetrics(m =>
            {
                m.AddMeter("Microsoft.Orleans");
                if (web)
                {
                    m.AddAspNetCoreInstrumentation()
                        .AddHttpClientInstrumentation()
                        .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Threading.RateLimiting");
                }
            })
            .WithLogging(configureBuilder: null, configureOptions: o =>
            {
                o.IncludeFormattedMessage = true;
                o.IncludeScopes = true;
            });
        otel.UseOtlpExporter();
    }
}
