using System.Net;
using System.Net.Http.Json;
using Counseling.Api.Apis;
using Counseling.Api.Contracts;
using Counseling.Tests.Infrastructure;

namespace Counseling.Tests.Api;

[Collection(PlatformCollection.Name)]
public sealed class ChangePasswordTests(PlatformFixture platform)
{
    private const string Current = "correct horse battery staple";
    private const string Next = "seven quiet herons fold the map";

    [Fact]
    public async Task ANewPasswordNeedsTheCurrentOneAndSignsOutEveryOtherDevice()
    {
        var user = await platform.RegisterAsync("client", displayName: "Careful Cam");
        using var anonymous = platform.CreateClient();
        var otherDevice = (await (await anonymous.PostAsJsonAsync(Routes.Auth.Login, new LoginRequest(user.User.Email, Current))).Content.ReadFromJsonAsync<AuthResponse>(Json.Options))!;
        using var me = platform.CreateClient(user.AccessToken);

        var wrong = await me.PostAsJsonAsync(Routes.Me.Password, new ChangePasswordRequest("not my password at all", Next));
        Assert.Contains("currentpassword", (await wrong.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation")).ErrorFields());
        var weak = await me.PostAsJsonAsync(Routes.Me.Password, new ChangePasswordRequest(Current, "password"));
        Assert.Contains("newpassword", (await weak.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation")).ErrorFields());

        var changed = await me.PostAsJsonAsync(Routes.Me.Password, new ChangePasswordRequest(Current, Next));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var fresh = (await changed.Content.ReadFromJsonAsync<AuthResponse>(Json.Options))!;

        await (await anonymous.PostAsJsonAsync(Routes.Auth.Refresh, new RefreshRequest(otherDevice.RefreshToken))).AssertProblemAsync(HttpStatusCode.Unauthorized, "/problems/invalid-refresh-token");
        await (await anonymous.PostAsJsonAsync(Routes.Auth.Refresh, new RefreshRequest(user.RefreshToken))).AssertProblemAsync(HttpStatusCode.Unauthorized, "/problems/invalid-refresh-token");
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync(Routes.Auth.Refresh, new RefreshRequest(fresh.RefreshToken))).StatusCode); // this device stays signed in
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync(Routes.Auth.Login, new LoginRequest(user.User.Email, Current))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync(Routes.Auth.Login, new LoginRequest(user.User.Email, Next))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync(Routes.Me.Password, new ChangePasswordRequest(Next, Current))).StatusCode);
    }
}
