namespace Counseling.Api.Auth;

/// <summary>Where a sign-in comes from, as a person recognises it in their list of sign-ins: the device and the network address.</summary>
public sealed record ClientInfo(string Device, string? Address)
{
    public static ClientInfo From(HttpContext http) =>
        new(DeviceNames.From(http.Request.Headers.UserAgent.ToString()), http.Connection.RemoteIpAddress?.MapToIPv4().ToString());
}
