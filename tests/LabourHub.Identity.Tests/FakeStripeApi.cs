using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LabourHub.Identity.Tests;

/// <summary>
/// A loopback stand-in for Stripe's API at the edge of the world: it answers Checkout Session creation and refunds with
/// the shapes Stripe returns (fields the product reads, as recorded from Stripe's API reference), records what it was
/// asked, and can deliver a webhook before it answers (to test events that overtake the API's own reply). Webhook
/// events are built and signed here with the test secret, the way Stripe signs them.
/// </summary>
public sealed class FakeStripeApi : IAsyncDisposable
{
    public const string SecretKey = "sk_test_labourhub_fake";
    public const string WebhookSecret = "whsec_labourhub_test_secret";

    private static readonly Lazy<FakeStripeApi> Instance = new(() => new FakeStripeApi());
    private readonly WebApplication _app;

    private FakeStripeApi()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/v1/checkout/sessions", CreateSessionAsync);
        _app.MapPost("/v1/refunds", CreateRefundAsync);
        _app.StartAsync().GetAwaiter().GetResult();
        BaseUrl = _app.Urls.First();
    }

    public static FakeStripeApi Shared => Instance.Value;

    public string BaseUrl { get; }

    /// <summary>Sessions created, by order id (client_reference_id).</summary>
    public ConcurrentDictionary<Guid, CreatedSession> Sessions { get; } = new();

    /// <summary>Refunds asked for: payment intent, amount, idempotency key.</summary>
    public ConcurrentBag<(string PaymentIntent, long Amount, string? IdempotencyKey)> Refunds { get; } = [];

    private Func<CreatedSession, Task>? _nextHook;

    /// <summary>Runs once, for the next session created, after the session exists and before the API answers.</summary>
    public Func<CreatedSession, Task>? NextHook
    {
        get => _nextHook;
        set => _nextHook = value;
    }

    /// <summary>Orders for which the API fails with a 500, as Stripe does during an incident.</summary>
    public ConcurrentDictionary<Guid, bool> Failing { get; } = new();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<IResult> CreateSessionAsync(HttpRequest request)
    {
        if (request.Headers.Authorization.ToString() != $"Bearer {SecretKey}")
        {
            return Results.Json(new { error = new { type = "invalid_request_error", message = "Invalid API Key provided" } }, statusCode: 401);
        }

        var form = await request.ReadFormAsync();
        var orderId = Guid.Parse(form["client_reference_id"].ToString());
        if (Failing.ContainsKey(orderId))
        {
            return Results.Json(new { error = new { type = "api_error", message = "An unknown error occurred" } }, statusCode: 500);
        }

        var session = Sessions.GetOrAdd(orderId, id => new CreatedSession(
            $"cs_test_{id:N}",
            $"pi_test_{id:N}",
            id,
            long.Parse(form["line_items[0][price_data][unit_amount]"].ToString(), CultureInfo.InvariantCulture),
            form["line_items[0][price_data][currency]"].ToString(),
            form["metadata[labourhub_order_id]"].ToString(),
            form["payment_intent_data[metadata][labourhub_order_id]"].ToString(),
            form["success_url"].ToString(),
            request.Headers["Idempotency-Key"].ToString()));
        if (Interlocked.Exchange(ref _nextHook, null) is { } hook)
        {
            await hook(session);
        }

        return Results.Text(new JsonObject
        {
            ["id"] = session.Id,
            ["object"] = "checkout.session",
            ["amount_total"] = session.Amount,
            ["currency"] = session.Currency,
            ["client_reference_id"] = orderId.ToString(),
            ["livemode"] = false,
            ["metadata"] = new JsonObject { ["labourhub_order_id"] = orderId.ToString() },
            ["mode"] = "payment",
            ["payment_intent"] = null,
            ["payment_status"] = "unpaid",
            ["status"] = "open",
            ["success_url"] = session.SuccessUrl,
            ["url"] = $"https://checkout.stripe.com/c/pay/{session.Id}",
        }.ToJsonString(), "application/json");
    }

    private async Task<IResult> CreateRefundAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var intent = form["payment_intent"].ToString();
        var amount = long.Parse(form["amount"].ToString(), CultureInfo.InvariantCulture);
        Refunds.Add((intent, amount, request.Headers["Idempotency-Key"].ToString()));
        return Results.Text(new JsonObject
        {
            ["id"] = $"re_test_{intent[^12..]}",
            ["object"] = "refund",
            ["amount"] = amount,
            ["currency"] = "try",
            ["payment_intent"] = intent,
            ["status"] = "succeeded",
        }.ToJsonString(), "application/json");
    }

    /// <summary>A Checkout Session event as Stripe sends it (only the shape; the values are the test's).</summary>
    public static string SessionEvent(string eventId, string type, CreatedSession session, string paymentStatus, long? amount = null) =>
        Event(eventId, type, new JsonObject
        {
            ["id"] = session.Id,
            ["object"] = "checkout.session",
            ["amount_total"] = amount ?? session.Amount,
            ["currency"] = "try",
            ["client_reference_id"] = session.OrderId.ToString(),
            ["metadata"] = new JsonObject { ["labourhub_order_id"] = session.OrderId.ToString() },
            ["mode"] = "payment",
            ["payment_intent"] = session.PaymentIntent,
            ["payment_status"] = paymentStatus,
            ["status"] = type == "checkout.session.expired" ? "expired" : "complete",
        });

    public static string ChargeRefundedEvent(string eventId, CreatedSession session) =>
        Event(eventId, "charge.refunded", new JsonObject
        {
            ["id"] = $"ch_test_{session.OrderId:N}",
            ["object"] = "charge",
            ["amount"] = session.Amount,
            ["amount_refunded"] = session.Amount,
            ["currency"] = "try",
            ["metadata"] = new JsonObject { ["labourhub_order_id"] = session.OrderId.ToString() },
            ["payment_intent"] = session.PaymentIntent,
            ["refunded"] = true,
            ["status"] = "succeeded",
        });

    /// <summary>Stripe's signature header: t=timestamp,v1=HMAC-SHA256(secret, "{t}.{body}") in hex.</summary>
    public static string Sign(string body, DateTimeOffset at, string secret = WebhookSecret)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(mac)}";
    }

    public static async Task<HttpResponseMessage> DeliverAsync(HttpClient portal, string body, string? signature)
    {
        ArgumentNullException.ThrowIfNull(portal);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/stripe") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("Stripe-Signature", signature);
        }

        return await portal.SendAsync(request);
    }

    private static string Event(string eventId, string type, JsonObject dataObject) =>
        new JsonObject
        {
            ["id"] = eventId,
            ["object"] = "event",
            ["api_version"] = "2026-10-28.endive",
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["livemode"] = false,
            ["pending_webhooks"] = 1,
            ["request"] = new JsonObject { ["id"] = null, ["idempotency_key"] = null },
            ["type"] = type,
            ["data"] = new JsonObject { ["object"] = dataObject },
        }.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
}

public sealed record CreatedSession(string Id, string PaymentIntent, Guid OrderId, long Amount, string Currency, string Metadata, string IntentMetadata, string SuccessUrl, string IdempotencyKey);
