using Orleans.Configuration;

namespace Counseling.Api.Extensions;

public static class OrleansClientExtensions
{
    /// <summary>
    /// Connects to the cluster. With a PostgreSQL connection string the client finds gateways in the membership
    /// table (any number of silos and api nodes); without one it talks to a single local silo.
    /// </summary>
    public static WebApplicationBuilder AddCounselingOrleansClient(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var connectionString = config.GetConnectionString("Postgres");
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = config["Orleans:ClusterId"] ?? "counseling-dev";
                o.ServiceId = config["Orleans:ServiceId"] ?? "counseling";
            });
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                client.UseLocalhostClustering(config.GetValue("Orleans:GatewayPort", 30000));
            }
            else
            {
                client.UseAdoNetClustering(o =>
                {
                    o.Invariant = "Npgsql";
                    o.ConnectionString = connectionString;
                });
            }

            // Carries the HTTP request's trace into grain calls, so one trace runs HTTP -> grain -> database.
            client.AddActivityPropagation();
        });
        return builder;
    }
}
