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
}
