using System.Text.Json;
using Counseling.Api.Apis;
using Counseling.Api.Problems;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Counseling.Api.Extensions;

public static class HealthExtensions
{
    private const string ReadyTag = "ready";

    public static WebApplicationBuilder AddCounselingHealth(this WebApplicationBuilder builder)
    {
        var checks = builder.Services.AddHealthChecks()
            .AddCheck<ClusterHealthCheck>("orleans-cluster", tags: [ReadyTag]);
        var connectionString = builder.Configuration.GetConnectionString("Postgres");
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
            checks.AddCheck<PostgresHealthCheck>("postgresql", tags: [ReadyTag]);
        }

        return builder;
    }

    public static WebApplication MapCounselingHealth(this WebApplication app)
    {
        app.MapHealthChecks(Routes.HealthLive, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync })
            .AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks(Routes.HealthReady, new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync })
            .AllowAnonymous().DisableRateLimiting();
        return app;
    }

    /// <summary>Healthy: a small JSON status. Unhealthy: a problem document naming the failing checks.</summary>
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description });
        if (report.Status == HealthStatus.Healthy)
        {
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync(JsonSerializer.Serialize(new { status = "Healthy", checks }));
        }

        context.Response.ContentType = "application/problem+json";
        var (status, title, _) = ProblemTypes.Catalog["unavailable"];
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            type = ProblemTypes.Of("unavailable"),
            title,
            status,
            detail = "Not ready: " + string.Join(", ", report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).Select(e => e.Key)),
            checks,
        }));
    }
}

/// <summary>Ready when at least one silo is active and answers a call.</summary>
public sealed class ClusterHealthCheck(IClusterClient cluster) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var hosts = await cluster.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true, cancellationToken).WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            return hosts.Count > 0
                ? HealthCheckResult.Healthy($"{hosts.Count} active silo(s)")
                : HealthCheckResult.Unhealthy("No active silo.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The cluster does not answer.", e);
        }
    }
}

public sealed class PostgresHealthCheck(NpgsqlDataSource database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = database.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL does not answer.", e);
        }
    }
}
