using Counseling.Silo.Database;
using Counseling.ServiceDefaults;
using Counseling.Silo.Extensions;

var builder = Host.CreateApplicationBuilder(args);
var connectionString = builder.Configuration.GetConnectionString("Postgres");
var inMemory = string.IsNullOrWhiteSpace(connectionString);

builder.AddServiceDefaults("counseling-silo");
builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
builder.UseOrleans(silo => silo
    .AddCounselingEndpoints(builder.Configuration, inMemory)
    .AddCounselingPersistence(connectionString)
    .AddCounselingGrains());

using var host = builder.Build();
var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Counseling.Silo");
if (inMemory)
{
    logger.LogWarning("""
        ************************************************************************
        * NO DATABASE CONFIGURED: membership, grain state and reminders are    *
        * kept IN MEMORY. Nothing survives a restart. Set                      *
        * ConnectionStrings__Postgres to run on PostgreSQL.                    *
        ************************************************************************
        """);
}
else
{
    // The ADO.NET providers read their queries from the database, so the schema must exist before Orleans starts.
    await DatabaseMigrator.ApplyAsync(connectionString!, host.Services.GetRequiredService<ILoggerFactory>());
}

await host.RunAsync();

/// <summary>
/// The entry point stays internal. ASP.NET Core (which the service defaults bring) would otherwise make it public for
/// test hosts, and the tests, which start the api's public <c>Program</c>, would see two.
/// </summary>
internal partial class Program;
