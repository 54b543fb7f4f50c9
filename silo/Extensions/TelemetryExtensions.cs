using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Resources;

namespace Counseling.Silo.Extensions;

public static class TelemetryExtensions
{
    /// <summary>Grain and database spans join the api's traces; recorded and exported over OTLP only when configured.</summary>
    public static IHostApplicationBuilder AddCounselingTelemetry(this IHostApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            // Nowhere to send them: recording spans, metrics and log records anyway would cost every request and grain
            // call (a measurable share of a chat message) for nothing. Grain calls still carry the trace context.
            return builder;
        }

        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? "counseling-silo"))
            .WithTracing(t => t
                .AddSource("Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application")
                .AddNpgsql())
            .WithMetrics(m => m.AddMeter("Microsoft.Orleans"))
            .WithLogging(configureBuilder: null, configureOptions: o =>
            {
                o.IncludeFormattedMessage = true;
                o.IncludeScopes = true;
            });
        otel.UseOtlpExporter();
        return builder;
    }
}
