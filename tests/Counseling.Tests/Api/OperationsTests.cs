using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Counseling.Api.Apis;
using Counseling.Api.Contracts;
using Counseling.Api.Extensions;
using Counseling.Api.Problems;
using Counseling.Tests.Infrastructure;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Counseling.Tests.Api;

[Collection(PlatformCollection.Name)]
public sealed class OperationsTests(PlatformFixture platform)
{
    [Fact]
    public async Task LivenessAndReadinessAnswerWhenClusterAndDatabaseDo()
    {
        using var client = platform.CreateClient();

        var live = await client.GetAsync(Routes.HealthLive);
        var ready = await client.GetAsync(Routes.HealthReady);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var checks = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("orleans-cluster").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("postgresql").GetProperty("status").GetString());
    }

    [Fact]
    public async Task TheDatabaseCheckReportsUnhealthyWhenPostgreSqlDoesNotAnswer()
    {
        var nowhere = new NpgsqlConnectionStringBuilder(platform.ConnectionString) { Port = 1, Timeout = 2 }.ConnectionString;
        await using var database = NpgsqlDataSource.Create(nowhere);

        var result = await new PostgresHealthCheck(database).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheAccountRoutes()
    {
        using var client = platform.CreateClient();
        var document = JsonDocument.Parse(await client.GetStringAsync(Routes.OpenApi)).RootElement;
        var paths = document.GetProperty("paths");
        foreach (var route in new[] { Routes.Auth.Register, Routes.Auth.Login, Routes.Auth.Refresh, Routes.Auth.Logout, Routes.Me.Prefix })
        {
            Assert.True(paths.TryGetProperty(route, out _), $"{route} is missing from the OpenAPI document");
        }
    }

    [Fact]
    public async Task EveryProblemTypeResolvesToItsDescription()
    {
        using var client = platform.CreateClient();
        var listed = await client.GetFromJsonAsync<ProblemTypeResponse[]>(ProblemTypes.Prefix.TrimEnd('/'));
        Assert.Equal(ProblemTypes.Catalog.Keys.Select(ProblemTypes.Of).Order(), listed!.Select(p => p.Type).Order());
        foreach (var (code, (status, title, description)) in ProblemTypes.Catalog)
        {
            // Each page is its own entry, not a neighbour's or a generic one.
            var page = await client.GetFromJsonAsync<ProblemTypeResponse>(ProblemTypes.Of(code));
            Assert.Equal(new ProblemTypeResponse(ProblemTypes.Of(code), status, title, description), page);
        }

        var missing = await client.GetAsync(Routes.ProblemTypes.ByCode("no-such-thing"));
        await missing.AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
    }

    [Fact]
    public async Task OneTraceRunsFromTheHttpRequestThroughTheGrainToTheDatabase()
    {
        var spans = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Microsoft.AspNetCore" or "Npgsql" || source.Name.StartsWith("Microsoft.Orleans", StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => { lock (spans) { spans.Add(activity); } },
        };
        ActivitySource.AddActivityListener(listener);
        using var client = platform.CreateClient();

        // The request arrives inside a trace of the caller's, as from a browser or gateway that traces: everything
        // the platform does for it must join that trace.
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, Routes.Auth.Register)
        {
            Content = JsonContent.Create(new RegisterRequest(PlatformFixture.UniqueEmail("trace"), "correct horse battery staple", "Traced", "client")),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();

        // Spans stop as their work completes, some after the response: wait for the server span and a storage write's
        // database span, the last to end.
        var trace = await Eventually.UntilAsync(() =>
        {
            lock (spans)
            {
                return Task.FromResult(spans.Where(a => a.TraceId == traceId).ToList());
            }
        }, t => t.Any(a => a.Source.Name == "Microsoft.AspNetCore" && a.Kind == ActivityKind.Server)
                && t.Any(a => a.Source.Name == "Npgsql" && t.Any(w => w.DisplayName == "write storage" && w.SpanId == a.ParentSpanId)), "the request's spans");
        Assert.Single(trace, a => a.Source.Name == "Microsoft.AspNetCore" && a.Kind == ActivityKind.Server);
        // The grain method ran on a silo inside the request's trace, and its state write reached PostgreSQL there.
        var grainCall = Assert.Single(trace, a => a.Kind == ActivityKind.Server && a.DisplayName == "IEmailIndexGrain/RegisterAsync");
        var writes = trace.Where(a => a.DisplayName == "write storage").ToList();
        Assert.NotEmpty(writes);
        Assert.Contains(trace, a => a.Source.Name == "Npgsql" && writes.Any(w => w.SpanId == a.ParentSpanId));
        Assert.Contains(writes, w => IsDescendant(w, grainCall, trace));
    }

    private static bool IsDescendant(Activity span, Activity ancestor, List<Activity> trace)
    {
        for (var current = span; current is not null; current = trace.FirstOrDefault(a => a.SpanId == current.ParentSpanId))
        {
            if (current.ParentSpanId == ancestor.SpanId)
            {
                return true;
            }
        }

        return false;
    }
}
