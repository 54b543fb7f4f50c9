using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Counseling.Tests.Infrastructure;

/// <summary>
/// One api node, hosted in the test process, that joins the test cluster exactly as a deployed node does: an
/// Orleans client finding gateways through the PostgreSQL membership table. Runs as Production so that error
/// bodies are what real users get.
/// </summary>
public sealed class ApiFactory(string connectionString, string clusterId, IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    /// <summary>One key per test run, shared by every api node of the run, as nodes of one deployment share it.</summary>
    public static readonly string SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureLogging(logging => logging.AddProvider(CapturedLogs.Instance).SetMinimumLevel(LogLevel.Debug));
        builder.UseSetting("ConnectionStrings:Postgres", connectionString);
        builder.UseSetting("Orleans:ClusterId", clusterId);
        builder.UseSetting("Orleans:ServiceId", "counseling-tests");
        builder.UseSetting("Jwt:SigningKey", SigningKey);
        builder.UseSetting("LoginThrottle:PermitsPerAddress", "100000");
        builder.UseSetting("LoginThrottle:PermitsPerAccount", "100000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }
}
