using System.Globalization;
using System.Threading.RateLimiting;
using Counseling.Api.Auth;
using Counseling.Api.Problems;
using Microsoft.Extensions.Options;

namespace Counseling.Api.Extensions;

public static class RateLimitingExtensions
{
    public const string AuthPolicy = "auth-per-address";

    public static WebApplicationBuilder AddCounselingRateLimiting(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<LoginThrottleOptions>().BindConfiguration(LoginThrottleOptions.Section)
            .Validate(o => o.PermitsPerAccount > 0 && o.PermitsPerAddress > 0 && o.Window > TimeSpan.Zero, "LoginThrottle limits must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton<AccountThrottle>();
        builder.Services.AddRateLimiter(options =>
        {
            options.AddPolicy(AuthPolicy, context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<LoginThrottleOptions>>().Value;
                var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PermitsPerAddress,
                    Window = limits.Window,
                    QueueLimit = 0,
                });
            });
            options.OnRejected = async (context, token) =>
            {
                var http = context.HttpContext;
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                await Problem.Of("too-many-requests", "Too many requests from this address. Wait before trying again.").ExecuteAsync(http);
            };
        });
        return builder;
    }
}
