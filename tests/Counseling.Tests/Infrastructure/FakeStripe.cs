using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Counseling.Tests.Infrastructure;

/// <summary>
/// Stripe's servers cannot be reached from here, so this stands in for them on loopback, speaking their wire format
/// for the endpoints the platform uses: form-encoded requests, JSON objects with "id" and "object", the first
/// response replayed for a repeated Idempotency-Key. Stripe.net itself talks to it unchanged.
/// </summary>
public sealed class FakeStripe : IAsyncDisposable
{
    public sealed record Request(string Path, string? IdempotencyKey, IReadOnlyDictionary<string, string> Form);

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, string> _replies = new();
    private readonly ConcurrentDictionary<string, string> _parametersByKey = new();

    public ConcurrentQueue<Request> Requests { get; } = new();

    /// <summary>How many of the next transfer requests answer with a server error (a provider outage mid-payout).</summary>
    public int FailTransfers
    {
        get => Volatile.Read(ref _failTransfers);
        set => Volatile.Write(ref _failTransfers, value);
    }

    private int _failTransfers;

    private readonly ConcurrentDictionary<string, int> _declines = new();

    /// <summary>Declines the next <paramref name="times"/> charges of this customer's card (card_error, insufficient funds).</summary>
    public void DeclineCardsOf(string customer, int times) => _declines[customer] = times;

    /// <summary>When set, transfer requests wait for this before answering (to be caught in flight).</summary>
    public TaskCompletionSource? HoldTransfers { get; set; }

    /// <summary>Completed when a transfer request arrives while transfers are held.</summary>
    public TaskCompletionSource TransferArrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The distinct transfers created (one per idempotency key), as Stripe would hold them.</summary>
    public IEnumerable<string> TransferKeys => _replies.Keys.Where(k => k.StartsWith("/v1/transfers|", StringComparison.Ordinal)).Select(k => k["/v1/transfers|".Length..]);

    public string BaseUrl { get; }

    private FakeStripe(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public static async Task<FakeStripe> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        FakeStripe? self = null;
        // A RequestDelegate, not a minimal-api handler: the handler writes the response itself.
        app.MapPost("/v1/{**path}", (HttpContext http) => self!.HandleAsync(http));
        app.MapGet("/v1/payment_intents/{id}", (HttpContext http) => self!.PaymentIntentAsync(http));
        app.MapGet("/v1/accounts/{id}", (HttpContext http) => self!.AccountAsync(http));
        await app.StartAsync();
        var address = app.Urls.First();
        self = new FakeStripe(app, address);
        return self;
    }

    /// <summary>
    /// Every payment intent a test names was paid by a customer whose card was saved (as Checkout does with
    /// setup_future_usage), except those whose id says "nocard".
    /// </summary>
    private async Task PaymentIntentAsync(HttpContext http)
    {
        var id = (string)http.Request.RouteValues["id"]!;
        Requests.Enqueue(new Request(http.Request.Path, null, new Dictionary<string, string>()));
        http.Response.ContentType = "application/json";
        var saved = !id.Contains("nocard", StringComparison.Ordinal);
        await http.Response.WriteAsync(Json(new Dictionary<string, object?>
        {
            ["id"] = id,
            ["object"] = "payment_intent",
            ["status"] = "succeeded",
            ["customer"] = saved ? "cus_" + id : null,
            ["payment_method"] = saved ? "pm_" + id : null,
        }));
    }

    /// <summary>Connected accounts that have finished onboarding (identity and bank verified).</summary>
    public ConcurrentDictionary<string, bool> ReadyAccounts { get; } = new();

    private async Task AccountAsync(HttpContext http)
    {
        var id = (string)http.Request.RouteValues["id"]!;
        Requests.Enqueue(new Request(http.Request.Path, null, new Dictionary<string, string>()));
        http.Response.ContentType = "application/json";
        var ready = ReadyAccounts.ContainsKey(id);
        await http.Response.WriteAsync(Json(new Dictionary<string, object?>
        {
            ["id"] = id,
            ["object"] = "account",
            ["type"] = "express",
            ["payouts_enabled"] = ready,
            ["charges_enabled"] = ready,
            ["details_submitted"] = ready,
        }));
    }

    private async Task HandleAsync(HttpContext http)
    {
        var form = (await http.Request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString());
        var key = http.Request.Headers["Idempotency-Key"].ToString();
        Requests.Enqueue(new Request(http.Request.Path, string.IsNullOrEmpty(key) ? null : key, form));
        http.Response.ContentType = "application/json";
        if (!http.Request.Headers.Authorization.ToString().StartsWith("Bearer sk_test_", StringComparison.Ordinal))
        {
            http.Response.StatusCode = 401;
            await http.Response.WriteAsync(Json(new { error = new { type = "invalid_request_error", message = "Invalid API Key provided" } }));
            return;
        }

        if (http.Request.Path == "/v1/transfers" && HoldTransfers is { } hold)
        {
            TransferArrived.TrySetResult();
            await hold.Task;
        }

        if (http.Request.Path == "/v1/transfers" && Interlocked.Decrement(ref _failTransfers) >= 0)
        {
            http.Response.StatusCode = 500;
            await http.Response.WriteAsync(Json(new { error = new { type = "api_error", message = "Something went wrong on Stripe's end." } }));
            return;
        }

        // Stripe refuses a key reused with different parameters (an idempotency_error), rather than replaying.
        var parameters = string.Join("&", form.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}"));
        if (!string.IsNullOrEmpty(key) && _parametersByKey.GetOrAdd($"{http.Request.Path}|{key}", parameters) != parameters)
        {
            http.Response.StatusCode = 400;
            await http.Response.WriteAsync(Json(new { error = new { type = "idempotency_error", message = $"Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '{key}' if you meant to execute a different request." } }));
            return;
        }

        if (_replies.TryGetValue($"{http.Request.Path}|{key}|declined", out var replayed))
        {
            http.Response.StatusCode = 402; // the same key gets the same answer, a decline included
            await http.Response.WriteAsync(replayed);
            return;
        }

        if (http.Request.Path == "/v1/payment_intents" && !_replies.ContainsKey($"{http.Request.Path}|{key}") && TakeDecline(form.GetValueOrDefault("customer")))
        {
            // Stripe answers a declined off-session confirmation with 402 and the failed intent in the error.
            var declined = Json(new
            {
                error = new
                {
                    type = "card_error",
                    code = "card_declined",
                    decline_code = "insufficient_funds",
                    message = "Your card has insufficient funds.",
                    payment_intent = new { id = "pi_declined_" + Guid.NewGuid().ToString("N"), @object = "payment_intent", status = "requires_payment_method" },
                },
            });
            _replies.TryAdd($"{http.Request.Path}|{key}|declined", declined);
            http.Response.StatusCode = 402;
            await http.Response.WriteAsync(declined);
            return;
        }

        var reply = _replies.GetOrAdd($"{http.Request.Path}|{key}", _ => http.Request.Path.Value switch
        {
            "/v1/checkout/sessions" => Json(new Dictionary<string, object?>
            {
                ["id"] = "cs_test_" + Guid.NewGuid().ToString("N"),
                ["object"] = "checkout.session",
                ["url"] = "https://checkout.stripe.test/pay/" + Guid.NewGuid().ToString("N"),
                ["amount_total"] = long.Parse(form["line_items[0][price_data][unit_amount]"], System.Globalization.CultureInfo.InvariantCulture),
                ["currency"] = form["line_items[0][price_data][currency]"],
                ["status"] = "open",
                ["payment_status"] = "unpaid",
            }),
            "/v1/payment_intents" => Json(new Dictionary<string, object?>
            {
                ["id"] = "pi_test_" + Guid.NewGuid().ToString("N"),
                ["object"] = "payment_intent",
                ["amount"] = long.Parse(form["amount"], System.Globalization.CultureInfo.InvariantCulture),
                ["currency"] = form["currency"],
                ["customer"] = form["customer"],
                ["payment_method"] = form["payment_method"],
                ["status"] = "succeeded",
            }),
            "/v1/accounts" => Json(new Dictionary<string, object?>
            {
                ["id"] = "acct_test" + Guid.NewGuid().ToString("N")[..16],
                ["object"] = "account",
                ["type"] = form.GetValueOrDefault("type"),
                ["email"] = form.GetValueOrDefault("email"),
                ["payouts_enabled"] = false,
                ["details_submitted"] = false,
            }),
            "/v1/account_links" => Json(new Dictionary<string, object?>
            {
                ["object"] = "account_link",
                ["url"] = "https://connect.stripe.test/setup/e/" + form["account"] + "/" + Guid.NewGuid().ToString("N"),
                ["expires_at"] = DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeSeconds(),
                ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            }),
            "/v1/refunds" => Json(new Dictionary<string, object?>
            {
                ["id"] = "re_test_" + Guid.NewGuid().ToString("N"),
                ["object"] = "refund",
                ["amount"] = long.Parse(form["amount"], System.Globalization.CultureInfo.InvariantCulture),
                ["payment_intent"] = form["payment_intent"],
                ["status"] = "succeeded",
            }),
            "/v1/transfers" => Json(new Dictionary<string, object?>
            {
                ["id"] = "tr_test_" + Guid.NewGuid().ToString("N"),
                ["object"] = "transfer",
                ["amount"] = long.Parse(form["amount"], System.Globalization.CultureInfo.InvariantCulture),
                ["currency"] = form["currency"],
                ["destination"] = form["destination"],
                ["transfer_group"] = form["transfer_group"],
            }),
            _ => Json(new Dictionary<string, object?> { ["error"] = new { type = "invalid_request_error", message = "Unrecognized request URL" } }),
        });
        await http.Response.WriteAsync(reply);
    }

    private bool TakeDecline(string? customer)
    {
        while (customer is not null && _declines.TryGetValue(customer, out var left) && left > 0)
        {
            if (_declines.TryUpdate(customer, left - 1, left))
            {
                return true;
            }
        }

        return false;
    }

    private static string Json(object value) => JsonSerializer.Serialize(value);

    /// <summary>A "Stripe-Signature" header for a payload, as Stripe computes it (HMAC-SHA256 of "{t}.{body}").</summary>
    public static string Sign(string payload, string secret, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}")));
        return $"t={timestamp},v1={signature}";
    }

    /// <summary>An event as Stripe sends it to a webhook endpoint.</summary>
    public static string Event(string id, string type, object dataObject) => Json(new Dictionary<string, object?>
    {
        ["id"] = id,
        ["object"] = "event",
        ["api_version"] = Stripe.StripeConfiguration.ApiVersion,
        ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["livemode"] = false,
        ["pending_webhooks"] = 1,
        ["type"] = type,
        ["data"] = new Dictionary<string, object?> { ["object"] = dataObject },
    });

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
