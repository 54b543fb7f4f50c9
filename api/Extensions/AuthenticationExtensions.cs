using Counseling.Api.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Counseling.Api.Extensions;

public static class AuthenticationExtensions
{
    public static WebApplicationBuilder AddCounselingAuthentication(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<JwtOptions>().BindConfiguration(JwtOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<TokenService>();
        builder.Services.AddSingleton<AccountService>();

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<TokenService>((options, tokens) =>
            {
                // Keep "sub", "name" and "role" as issued instead of mapping them to long WS-* claim URIs.
                options.MapInboundClaims = false;
                options.TokenValidationParameters = tokens.ValidationParameters();
            });

        // Every endpoint needs a signed-in user unless it opts out explicitly with AllowAnonymous.
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.AnyUser, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.ClientOnly, p => p.RequireRole(Roles.Client))
            .AddPolicy(Policies.CounselorOnly, p => p.RequireRole(Roles.Counselor))
            .AddPolicy(Policies.OperatorOnly, p => p.RequireRole(Roles.Operator))
            .AddPolicy(Policies.Staff, p => p.RequireRole(Roles.Counselor, Roles.Operator));
        return builder;
    }
}
