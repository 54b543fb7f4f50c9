using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Resources;

namespace Counseling.Silo.Extensions;

public static class TelemetryExtensions
{
    /// <summary>Grain and database spans join the api's traces; exported over OTLP only when configured.</summary>
    public static IHostApplicationBuilder AddCounselingTelemetry(this IHostApplicationBuilder builder)
    {
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
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.UseOtlpExporter();
        }

        return builder;
    }
}
