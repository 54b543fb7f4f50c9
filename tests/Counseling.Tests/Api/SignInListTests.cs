using System.Net;
using System.Net.Http.Json;
using Counseling.Api.Apis;
using Counseling.Api.Contracts;
using Counseling.Tests.Infrastructure;

namespace Counseling.Tests.Api;

[Collection(PlatformCollection.Name)]
public sealed class SignInListTests(PlatformFixture platform)
{
    private const string Phone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
    private const string Laptop = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

    private async Task<AuthResponse> SignInAsync(string email, string userAgent)
    {
        using var anonymous = platform.CreateClient();
        anonymous.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        var response = await anonymous.PostAsJsonAsync(Routes.Auth.Login, new LoginRequest(email, "correct horse battery staple"));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<AuthResponse>(Json.Options))!;
    }

    [Fact]
    public async Task APersonSeesWhereTheyAreSignedInAndSignsOneDeviceOut()
    {
        var user = await platform.RegisterAsync("client");
        var phone = await SignInAsync(user.User.Email, Phone);
        var laptop = await SignInAsync(user.User.Email, Laptop);
        using var fromLaptop = platform.CreateClient(laptop.AccessToken);

        var list = (await fromLaptop.GetFromJsonAsync<SignInResponse[]>(Routes.Me.SignIns, Json.Options))!;
        Assert.Equal(3, list.Length); // sign-up, phone, laptop
        Assert.Equal("Chrome on Windows", Assert.Single(list, s => s.Current).Device);
        var onPhone = Assert.Single(list, s => s.Device == "Safari on iPhone");

        Assert.Equal(HttpStatusCode.NoContent, (await fromLaptop.DeleteAsync(Routes.Me.SignIn(onPhone.Id))).StatusCode);
        using var anonymous = platform.CreateClient();
        await (await anonymous.PostAsJsonAsync(Routes.Auth.Refresh, new RefreshRequest(phone.RefreshToken))).AssertProblemAsync(HttpStatusCode.Unauthorized, "/problems/invalid-refresh-token");
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync(Routes.Auth.Refresh, new RefreshRequest(laptop.RefreshToken))).StatusCode);
        Assert.DoesNotContain((await fromLaptop.GetFromJsonAsync<SignInResponse[]>(Routes.Me.SignIns, Json.Options))!, s => s.Id == onPhone.Id);

        await (await fromLaptop.DeleteAsync(Routes.Me.SignIn(onPhone.Id))).AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
        var stranger = await platform.RegisterAsync("client");
        using var fromStranger = platform.CreateClient(stranger.AccessToken);
        var mine = (await fromLaptop.GetFromJsonAsync<SignInResponse[]>(Routes.Me.SignIns, Json.Options))!.First(s => s.Current);
        await (await fromStranger.DeleteAsync(Routes.Me.SignIn(mine.Id))).AssertProblemAsync(HttpStatusCode.NotFound, "/problems/not-found");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Routes.Me.SignIns)).StatusCode);
    }
}
