using Counseling.Api.Hubs;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Options;

namespace Counseling.Api.Extensions;

public static class RealtimeExtensions
{
    public static WebApplicationBuilder AddCounselingRealtime(this WebApplicationBuilder builder)
    {
        // Big enough for an SDP offer; the session grain enforces the real limits per kind.
        builder.Services.AddSignalR(o =>
            {
                o.MaximumReceiveMessageSize = 96 * 1024;
                o.AddFilter<TextArgumentsHubFilter>();
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(
                new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.KebabCaseLower)));
        // The same JSON protocol, answering a call whose arguments do not bind with which argument was wrong.
        foreach (var json in builder.Services.Where(d => d.ServiceType == typeof(IHubProtocol) && d.ImplementationType == typeof(JsonHubProtocol)).ToList())
        {
            builder.Services.Remove(json);
        }

        builder.Services.AddSingleton<IHubProtocol>(sp => new ArgumentCheckingHubProtocol(
            sp.GetRequiredService<IOptions<JsonHubProtocolOptions>>(), [typeof(SessionHub), typeof(NotificationsHub)]));
        builder.Services.AddSingleton<IUserIdProvider, SubjectUserIdProvider>();
        builder.Services.AddSingleton<NotificationRelay>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<NotificationRelay>());
        builder.Services.AddSingleton<ChatRelay>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ChatRelay>());
        builder.Services.AddOptions<VideoOptions>().BindConfiguration(VideoOptions.Section);
        // Browsers cannot set headers on WebSocket requests: hubs accept the access token from the query string.
        builder.Services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            var previous = options.Events?.OnMessageReceived;
            options.Events ??= new JwtBearerEvents();
            options.Events.OnMessageReceived = async context =>
            {
                if (previous is not null)
                {
                    await previous(context);
                }

                var token = context.Request.Query["access_token"];
                if (!string.IsNullOrEmpty(token) && context.HttpContext.Request.Path.StartsWithSegments("/hubs"))
                {
                    context.Token = token;
                }
            };
        });
        return builder;
    }

    public static WebApplication MapCounselingHubs(this WebApplication app)
    {
        app.MapHub<NotificationsHub>(NotificationsHub.Route);
        app.MapHub<SessionHub>(SessionHub.Route);
        return app;
    }
}
