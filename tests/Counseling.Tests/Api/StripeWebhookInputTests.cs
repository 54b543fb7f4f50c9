using System.Net;
using System.Text;
using System.Text.Json;
using Counseling.Api.Apis;
using Counseling.Tests.Infrastructure;

namespace Counseling.Tests.Api;

/// <summary>
/// Correctly signed webhook bodies that are not usable events: each is refused with a problem naming what is missing,
/// never a server error, and a good event still goes through afterwards.
/// </summary>
[Collection(StripeCollection.Name)]
public sealed class StripeWebhookInputTests(StripePlatformFixture platform)
{
    private async Task<HttpResponseMessage> DeliverAsync(string payload)
    {
        using var anonymous = platform.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, Routes.Payments.Webhook) { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.Add("Stripe-Signature", FakeStripe.Sign(payload, StripePlatformFixture.WebhookSecret, DateTimeOffset.UtcNow));
        return await anonymous.SendAsync(request);
    }

    /// <summary>A well-formed event with some of its parts replaced or removed.</summary>
    private static string Event(Action<Dictionary<string, object?>> change)
    {
        var fields = JsonSerializer.Deserialize<Dictionary<string, object?>>(FakeStripe.Event("evt_" + Guid.NewGuid().ToString("N"), "payment_intent.succeeded",
            new Dictionary<string, object?> { ["id"] = "pi_" + Guid.NewGuid().ToString("N"), ["object"] = "payment_intent", ["amount"] = 100, ["currency"] = "usd" }))!;
        change(fields);
        return JsonSerializer.Serialize(fields);
    }

    public static TheoryData<string, string> EventsMissingAPart => new()
    {
        { "data", Event(e => e.Remove("data")) },
        { "data", Event(e => e["data"] = null) },
        { "id", Event(e => e.Remove("id")) },
        { "id", Event(e => e["id"] = "") },
        { "id", Event(e => e["id"] = "   ") },
    };

    [Theory]
    [MemberData(nameof(EventsMissingAPart))]
    public async Task ASignedEventMissingItsIdOrDataIsRefusedNamingThePart(string field, string payload)
    {
        var response = await DeliverAsync(payload);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, "/problems/validation");
        Assert.Contains(field, problem.ErrorFields());
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("\"event\"")]
    [InlineData("{\"id\":")]
    public async Task ASignedBodyThatIsNotAnEventIsRefusedAsUnreadable(string payload)
    {
        var response = await DeliverAsync(payload);

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"Expected a 4xx, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AGoodEventIsStillHandledAfterRefusedOnes()
    {
        await DeliverAsync(Event(e => e.Remove("data")));

        var response = await DeliverAsync(Event(_ => { }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("duplicate").GetBoolean());
    }
}
