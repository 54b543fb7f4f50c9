using System.Net;
using System.Net.Http.Json;
using System.Text;
using Counseling.Api.Apis;
using Counseling.GrainInterfaces.Payments;
using Counseling.Tests.Infrastructure;

namespace Counseling.Tests.Api;

/// <summary>Counselors set up payouts through Stripe Connect Express onboarding.</summary>
[Collection(StripeCollection.Name)]
public sealed class PayoutOnboardingTests(StripePlatformFixture platform)
{
    private sealed record Link(string Url);

    [Fact]
    public async Task OnboardingCreatesOneConnectedAccountHandsOutFreshLinksAndLearnsWhenPayoutsAreEnabled()
    {
        var counselor = await platform.BookableCounselorAsync();
        var first = (await (await counselor.Client.PostAsync(Routes.PayoutAccount.Onboarding, null)).Content.ReadFromJsonAsync<Link>())!;
        var second = (await (await counselor.Client.PostAsync(Routes.PayoutAccount.Onboarding, null)).Content.ReadFromJsonAsync<Link>())!;
        Assert.StartsWith("https://connect.stripe.test/setup/", first.Url, StringComparison.Ordinal);
        Assert.NotEqual(first.Url, second.Url); // links are single-use: each request gets its own

        var created = Assert.Single(platform.Stripe.Requests, r => r.Path == "/v1/accounts" && r.Form.GetValueOrDefault("metadata[counselor_id]") == counselor.Id.ToString());
        Assert.Equal($"connect-account:{counselor.Id:N}", created.IdempotencyKey);
        Assert.Equal("express", created.Form["type"]);
        Assert.Equal("true", created.Form["capabilities[transfers][requested]"]);
        Assert.Equal(counselor.Auth.User.Email, created.Form["email"]);
        var account = (await counselor.Client.GetFromJsonAsync<PayoutAccountView>(Routes.PayoutAccount.Prefix, Json.Options))!;
        Assert.StartsWith("acct_test", account.AccountId, StringComparison.Ordinal);
        Assert.False(account.PayoutsEnabled);
        var links = platform.Stripe.Requests.Where(r => r.Path == "/v1/account_links" && r.Form.GetValueOrDefault("account") == account.AccountId).ToList();
        Assert.Equal(2, links.Count);
        Assert.All(links, l => Assert.Equal("account_onboarding", l.Form["type"]));
        Assert.All(links, l => Assert.EndsWith("/#/wallet?onboarding=done", l.Form["return_url"], StringComparison.Ordinal));
        Assert.Equal(2, links.Select(l => l.IdempotencyKey).Distinct().Count());

        // Stripe tells us by webhook when the counselor finished; the account can then receive payouts.
        var payload = FakeStripe.Event("evt_" + Guid.NewGuid().ToString("N"), "account.updated", new Dictionary<string, object?>
        {
            ["id"] = account.AccountId,
            ["object"] = "account",
            ["payouts_enabled"] = true,
            ["details_submitted"] = true,
            ["metadata"] = new Dictionary<string, string> { ["counselor_id"] = counselor.Id.ToString() },
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, Routes.Payments.Webhook) { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.Add("Stripe-Signature", FakeStripe.Sign(payload, StripePlatformFixture.WebhookSecret, DateTimeOffset.UtcNow));
        using var anonymous = platform.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.SendAsync(request)).StatusCode);
        Assert.True((await counselor.Client.GetFromJsonAsync<PayoutAccountView>(Routes.PayoutAccount.Prefix, Json.Options))!.PayoutsEnabled);
    }

    [Fact]
    public async Task ReturningFromOnboardingAsksStripeWithoutWaitingForTheWebhook()
    {
        var counselor = await platform.BookableCounselorAsync();
        (await counselor.Client.PostAsync(Routes.PayoutAccount.Onboarding, null)).EnsureSuccessStatusCode();
        var account = (await counselor.Client.GetFromJsonAsync<PayoutAccountView>(Routes.PayoutAccount.Prefix, Json.Options))!;
        Assert.False(account.PayoutsEnabled);

        platform.Stripe.ReadyAccounts[account.AccountId!] = true;
        var ready = (await counselor.Client.GetFromJsonAsync<PayoutAccountView>(Routes.PayoutAccount.Prefix, Json.Options))!;
        Assert.True(ready.PayoutsEnabled);
        Assert.True(ready.DetailsSubmitted);

        using var client = platform.CreateClient((await platform.RegisterAsync("client")).AccessToken);
        await (await client.PostAsync(Routes.PayoutAccount.Onboarding, null)).AssertProblemAsync(HttpStatusCode.Forbidden, "/problems/forbidden");
    }
}
