namespace Counseling.Api.Extensions;

public static class WebPageExtensions
{
    /// <summary>
    /// Serves the browser client from wwwroot with a strict content security policy: same-origin scripts only,
    /// no inline script, no third-party trackers (assessment answers must never leave the platform).
    /// </summary>
    public static WebApplication UseCounselingWebPages(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; media-src 'self' blob:; connect-src 'self'; " +
                                            "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            return next(context);
        });
        app.UseDefaultFiles();
        app.UseStaticFiles();
        return app;
    }
}
