using System.Text.Json;
using Counseling.Api.Apis;
using Counseling.Api.Problems;
using Counseling.ServiceDefaults;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Counseling.Api.Extensions;

public static class HealthExtensions
{
    /// <summary>Readiness: the cluster answers and, when configured, PostgreSQL does (see ServiceDefaults for liveness).</summary>
    public static WebApplicationBuilder AddCounselingHealth(this WebApplicationBuilder builder)
    {
        var checks = builder.Services.AddHealthChecks()
            .AddCheck<ClusterHealthCheck>("orleans-cluster", tags: [ServiceDefaultsExtensions.ReadyTag]);
        var connectionString = builder.Configuration.GetConnectionString("Postgres");
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
            checks.AddCheck<PostgresHealthCheck>("postgresql", tags: [ServiceDefaultsExtensions.ReadyTag]);
        }

        return builder;
    }

    public static WebApplication MapCounselingHealth(this WebApplication app) =>
        app.MapDefaultEndpoints(Routes.HealthLive, Routes.HealthReady, WriteAsync);

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

/// <summary>
/// Ready when at least one silo is active and answers a call. One dead silo must not make a node that still reaches
/// the others look down, or a load balancer pulls every api node while a silo is replaced. Until the client learns that
/// a gateway is dead (when the cluster has declared it so), calls routed through it go unanswered: a host that vanished
/// from the network does not even refuse them. The client routes each grain through one gateway, chosen in turn when
/// that grain is first called; so each round asks several management grains (stateless workers: whichever silo the
/// call reaches answers it), first called together and so spread over the gateways, and the first answer counts.
/// </summary>
public sealed class ClusterHealthCheck(IClusterClient cluster) : IHealthCheck
{
    /// <summary>One more than the gateways that may fail at once, so that a round reaches a live one.</summary>
    private const int ProbesPerRound = 3;

    private const int Rounds = 2;

    /// <summary>Probes use management grains 0 to 29, the same three together each time.</summary>
    private const int ProbeGrains = 30;

    /// <summary>A silo that answers at all answers in milliseconds; waiting longer only delays the verdict.</summary>
    private static readonly TimeSpan RoundTimeout = TimeSpan.FromSeconds(2);

    private static int _nextGroup = -1;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        Exception? failure = null;
        for (var round = 0; round < Rounds; round++)
        {
            var group = (int)((uint)Interlocked.Increment(ref _nextGroup) % (ProbeGrains / ProbesPerRound));
            var probes = Enumerable.Range(group * ProbesPerRound, ProbesPerRound)
                .Select(key => cluster.GetGrain<IManagementGrain>(key).GetHosts(onlyActive: true, cancellationToken))
                .ToList();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(RoundTimeout);
            var roundOver = Task.Delay(Timeout.Infinite, timeout.Token);
            while (probes.Count > 0)
            {
                var first = await Task.WhenAny([.. probes, roundOver]);
                if (first == roundOver)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    failure ??= new TimeoutException($"No silo answered within {RoundTimeout.TotalSeconds:0} s.");
                    break;
                }

                var probe = (Task<Dictionary<SiloAddress, SiloStatus>>)first;
                probes.Remove(probe);
                if (probe.IsCompletedSuccessfully)
                {
                    var hosts = probe.Result;
                    return hosts.Count > 0
                        ? HealthCheckResult.Healthy($"{hosts.Count} active silo(s)")
                        : HealthCheckResult.Unhealthy("No active silo.");
                }

                failure = probe.Exception?.GetBaseException() ?? failure;
            }

            foreach (var unanswered in probes)
            {
                _ = unanswered.ContinueWith(t => t.Exception, TaskScheduler.Default); // a late failure is observed, not left to the finalizer
            }
        }

        return HealthCheckResult.Unhealthy("The cluster does not answer.", failure);
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
