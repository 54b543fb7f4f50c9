using System.Net.Http.Json;
using System.Text;
using Counseling.Api.Apis;
using Counseling.Api.Contracts;
using Counseling.Tests.Infrastructure;

namespace Counseling.Tests.Api;

/// <summary>Passwords and tokens never appear in storage or logs, in plain or encoded form.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SecretHygieneTests(PlatformFixture platform)
{
    [Fact]
    public async Task ThePasswordIsStoredOnlyAsASlowSaltedHash()
    {
        var password = "unmistakable " + Guid.NewGuid().ToString("N");
        var auth = await platform.RegisterAsync(password: password);

        foreach (var form in Forms(password))
        {
            var hits = await TestDatabase.ScalarAsync<long>(platform.ConnectionString,
                "SELECT count(*) FROM orleans_storage WHERE position(convert_to(@needle, 'UTF8') IN coalesce(payload, ''::bytea)) > 0",
                ("needle", form));
            Assert.Equal(0, hits);
        }

        // This user's credential row (the storage provider keys a Guid by its two 64-bit halves) holds an ASP.NET
        // Identity V3 hash: PBKDF2-HMAC-SHA512 with 210,000 iterations.
        var v3Sha512Iterations210000 = Convert.ToBase64String([0x01, 0, 0, 0, 2, 0, 0x03, 0x34, 0x50, 0, 0, 0, 0x10])[..16];
        var key = auth.User.Id.ToByteArray();
        var n0 = ("n0", (object)BitConverter.ToInt64(key, 0));
        var n1 = ("n1", (object)BitConverter.ToInt64(key, 8));
        var rows = await TestDatabase.ScalarAsync<long>(platform.ConnectionString,
            "SELECT count(*) FROM orleans_storage WHERE grain_type = 'credential' AND grain_id_n0 = @n0 AND grain_id_n1 = @n1", n0, n1);
        var hashes = await TestDatabase.ScalarAsync<long>(platform.ConnectionString,
            "SELECT count(*) FROM orleans_storage WHERE grain_type = 'credential' AND grain_id_n0 = @n0 AND grain_id_n1 = @n1 AND position(convert_to(@prefix, 'UTF8') IN payload) > 0",
            n0, n1, ("prefix", v3Sha512Iterations210000));
        Assert.Equal(1, rows);
        Assert.Equal(1, hashes);
    }

    [Fact]
    public async Task LogsNeverContainPasswordsOrTokens()
    {
        var password = "loggable " + Guid.NewGuid().ToString("N");
        var email = PlatformFixture.UniqueEmail("logs");
        var auth = await platform.RegisterAsync(email: email, password: password);
        using var client = platform.CreateClient();
        await client.PostAsJsonAsync(Routes.Auth.Login, new LoginRequest(email, password));
        await client.PostAsJsonAsync(Routes.Auth.Login, new LoginRequest(email, password + " wrong"));
        var refreshed = await client.PostAsJsonAsync(Routes.Auth.Refresh, new RefreshRequest(auth.RefreshToken));
        var rotated = (await refreshed.Content.ReadFromJsonAsync<AuthResponse>(Json.Options))!;
        await client.PostAsJsonAsync(Routes.Auth.Logout, new LogoutRequest(rotated.RefreshToken));

        var logs = string.Join("\n", CapturedLogs.Instance.Lines);
        Assert.Contains(auth.User.Id.ToString(), logs, StringComparison.Ordinal); // the activity was logged ...
        foreach (var secret in Forms(password).Concat([auth.AccessToken, auth.RefreshToken, rotated.AccessToken, rotated.RefreshToken]))
        {
            Assert.DoesNotContain(secret, logs, StringComparison.Ordinal); // ... but no secret was
        }
    }

    private static string[] Forms(string secret) =>
    [
        secret,
        Convert.ToBase64String(Encoding.UTF8.GetBytes(secret)),
        Convert.ToHexString(Encoding.UTF8.GetBytes(secret)),
        Convert.ToHexStringLower(Encoding.UTF8.GetBytes(secret)),
    ];
}
