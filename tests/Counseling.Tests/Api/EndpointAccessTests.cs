using System.Net;
using Counseling.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Counseling.Tests.Api;

[Collection(PlatformCollection.Name)]
public sealed class EndpointAccessTests(PlatformFixture platform)
{
    /// <summary>
    /// A new endpoint must say who may call it. (Undeclared ones would still require sign-in through the
    /// fallback policy, but "any signed-in user" should be a decision, not an accident.)
    /// </summary>
    [Fact]
    public void EveryEndpointDeclaresAnonymousAccessOrAnAuthorizationPolicy()
    {
        var endpoints = platform.Api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.NotEmpty(endpoints);

        var undeclared = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any())
            .Select(e => e.RoutePattern.RawText)
            .ToList();

        Assert.Empty(undeclared);
    }

    /// <summary>
    /// The benchmark's grain-free relay has its own host (bench/Counseling.BaselineRelay): the api carries no such hub,
    /// not even with the switch that once mapped it inside the api.
    /// </summary>
    [Fact]
    public async Task TheApiServesOnlyTheProductsHubsWhateverItIsConfiguredWith()
    {
        await using var api = platform.NewApi(new Dictionary<string, string?> { ["Bench:EnableBaselineHub"] = "true" });
        var hubs = api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText ?? "")
            .Where(r => r.StartsWith("/hubs/", StringComparison.Ordinal))
            .Select(r => r.Split('/')[2])
            .ToHashSet();
        Assert.Equal(new HashSet<string> { "notifications", "session" }, hubs);

        var user = await platform.RegisterAsync();
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", user.AccessToken);
        var baseline = await client.PostAsync("/hubs/baseline/negotiate?negotiateVersion=1", null);
        var session = await client.PostAsync("/hubs/session/negotiate?negotiateVersion=1", null);
        Assert.Equal(HttpStatusCode.NotFound, baseline.StatusCode);
        Assert.Equal(HttpStatusCode.OK, session.StatusCode); // the same request reaches a hub that exists
    }
}
