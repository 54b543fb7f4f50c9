namespace Counseling.Api.Apis;

/// <summary>Stable route names for integrators and tests.</summary>
public static class Routes
{
    public const string Register = "/api/auth/register";
    public const string Login = "/api/auth/login";
    public const string Refresh = "/api/auth/refresh";
    public const string Logout = "/api/auth/logout";
    public const string Me = "/api/me";
    public const string OperatorAccounts = "/api/operator/accounts";
    public const string HealthLive = "/health/live";
    public const string HealthReady = "/health/ready";
    public const string OpenApi = "/openapi/v1.json";
}
