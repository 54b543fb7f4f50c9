using Counseling.Api.Hubs;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.SignalR;

namespace Counseling.Api.Extensions;

public static class RealtimeExtensions
{
    public static WebApplicationBuilder AddCounselingRealtime(this WebApplicationBuilder builder)
    {
        builder.Services.AddCounselingSignalR(typeof(SessionHub), typeof(NotificationsHub));
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
