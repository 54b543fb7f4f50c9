using System.Security.Cryptography;
using System.Text;

namespace Counseling.Api.Hubs;

/// <summary>
/// ICE servers for WebRTC, bound from "Video". Media flows peer to peer; STUN finds public addresses and TURN relays
/// when no direct path exists. With <see cref="TurnSecret"/> set, TURN credentials are minted per user with the
/// TURN REST scheme (coturn's use-auth-secret): short-lived, never stored.
/// </summary>
public sealed class VideoOptions
{
    public const string Section = "Video";

    /// <summary>Servers handed to every participant as configured, e.g. STUN, or TURN with static credentials.</summary>
    public List<IceServer> IceServers { get; set; } = [];

    /// <summary>TURN server URLs that use the shared secret below.</summary>
    public List<string> TurnUrls { get; set; } = [];

    public string? TurnSecret { get; set; }

    public TimeSpan TurnCredentialLifetime { get; set; } = TimeSpan.FromHours(4);

    public IceServer[] For(Guid userId, DateTimeOffset now)
    {
        var servers = new List<IceServer>(IceServers);
        if (!string.IsNullOrEmpty(TurnSecret) && TurnUrls.Count > 0)
        {
            var username = $"{(now + TurnCredentialLifetime).ToUnixTimeSeconds()}:{userId:N}";
#pragma warning disable CA5350 // the TURN REST scheme that TURN servers verify is defined as HMAC-SHA1
            var credential = Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(TurnSecret), Encoding.UTF8.GetBytes(username)));
#pragma warning restore CA5350
            servers.Add(new IceServer { Urls = [.. TurnUrls], Username = username, Credential = credential });
        }

        return [.. servers];
    }
}

public sealed class IceServer
{
    public string[] Urls { get; set; } = [];

    public string? Username { get; set; }

    public string? Credential { get; set; }
}
