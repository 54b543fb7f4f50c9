using Counseling.Api.Hubs;
using Counseling.BaselineRelay;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.SignalR;
using Microsoft.IdentityModel.Tokens;
using Npgsql;

// The live-chat benchmark's grain-free relay (bench/chat.sh). A host of its own, so that the production api carries
// no benchmark code; it accepts the api's access tokens (same signing key, issuer and audience) and speaks SignalR
// exactly as the api's hubs do, so that the two paths differ only in what happens behind the hub.
var builder = WebApplication.CreateBuilder(args);
var config = builder.Configuration;

builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
{
    var key = config["Jwt:SigningKey"] is { Length: > 0 } base64
        ? Convert.FromBase64String(base64)
        : throw new InvalidOperationException("Jwt:SigningKey is required: the api's signing key, so that its access tokens are accepted here.");
    options.MapInboundClaims = false;
    options.TokenValidationParameters = new TokenValidationParameters
    {
        ValidIssuer = config["Jwt:Issuer"],
        ValidAudience = config["Jwt:Audience"],
        IssuerSigningKey = new SymmetricSecurityKey(key),
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        ClockSkew = TimeSpan.FromSeconds(30),
        NameClaimType = "name",
        RoleClaimType = "role",
    };
});
builder.Services.AddAuthorization();

// The api's SignalR wiring, and users addressed by the token's subject.
builder.Services.AddCounselingSignalR(typeof(BaselineRelayHub));
builder.Services.AddSingleton<IUserIdProvider, SubjectUserIdProvider>();

if (config.GetConnectionString("Postgres") is { Length: > 0 } connectionString)
{
    builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
    builder.Services.AddSingleton<BaselineTranscriptWriter>();
}

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.MapHub<BaselineRelayHub>(BaselineRelayHub.Route);
app.Run();

/// <summary>As in the api: SignalR addresses users by the token's subject (the account id).</summary>
internal sealed class SubjectUserIdProvider : IUserIdProvider
{
    public string? GetUserId(HubConnectionContext connection) => connection.User?.FindFirst("sub")?.Value;
}
