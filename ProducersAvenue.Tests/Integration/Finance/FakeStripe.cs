using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ProducersAvenue.Tests.Integration.Finance;

/// <summary>
/// A Kestrel app on 127.0.0.1 that speaks the part of Stripe's API the platform calls: <c>POST /v1/checkout/sessions</c>
/// (a session with its hosted URL, in payment or subscription mode), <c>POST /v1/billing_portal/sessions</c> (the customer
/// portal's URL) and <c>POST /v1/refunds</c>, form-encoded as Stripe's are; a wrong bearer key is 401.
/// Each request is recorded with its form fields and Idempotency-Key; a repeated key returns the first answer, as Stripe
/// does. While <see cref="Failing"/> is set every request answers with that status. Also signs webhook bodies as Stripe does.
/// </summary>
public sealed class FakeStripe : IAsyncLifetime
{
    public const string SecretKey = "sk_test_fake_123";
    public const string WebhookSecret = "whsec_fake_456";

    private WebApplication? _app;
    private readonly ConcurrentDictionary<string, string> _answers = new();

    public ConcurrentQueue<(string Path, Dictionary<string, string> Form, string? IdempotencyKey)> Requests { get; } = new();
    public int? Failing { get; set; }
    /// <summary>The <c>Stripe-Account</c> header of each request (Connect calls made on a connected account), by path.</summary>
    public ConcurrentQueue<(string Path, string? StripeAccount)> AccountHeaders { get; } = new();
    /// <summary>What <c>GET /v1/accounts/{id}</c> reports: charges_enabled, payouts_enabled, requirements.disabled_reason.</summary>
    public ConcurrentDictionary<string, (bool Charges, bool Payouts, string? DisabledReason)> Accounts { get; } = new();
    public Uri BaseUri { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync();
        BaseUri = new Uri(_app.Urls.Single());
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }

    /// <summary>The <c>Stripe-Signature</c> header for <paramref name="body"/> signed at <paramref name="at"/> with <paramref name="secret"/>.</summary>
    public static string Sign(string body, DateTimeOffset at, string secret = WebhookSecret)
    {
        var timestamp = at.ToUnixTimeSeconds();
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(hash)}";
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var form = request.HasFormContentType
            ? (await request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString())
            : [];
        var key = request.Headers["Idempotency-Key"].FirstOrDefault();
        Requests.Enqueue((request.Path.Value ?? "", form, key));
        AccountHeaders.Enqueue((request.Path.Value ?? "", request.Headers["Stripe-Account"].FirstOrDefault()));
        context.Response.ContentType = "application/json";
        if (Failing is { } status)
        {
            context.Response.StatusCode = status;
            await context.Response.WriteAsync("""{"error":{"type":"api_error","message":"Simulated failure."}}""");
            return;
        }
        if (request.Headers.Authorization.ToString() != $"Bearer {SecretKey}")
        {
            context.Response.StatusCode = 401;
            await context.Response.WriteAsync("""{"error":{"type":"invalid_request_error","message":"Invalid API Key provided."}}""");
            return;
        }
        var answer = key is not null && _answers.TryGetValue(key, out var earlier) ? earlier : request.Path.Value switch
        {
            "/v1/checkout/sessions" => $$"""
                {"id":"cs_test_{{Requests.Count}}","object":"checkout.session","mode":"{{form.GetValueOrDefault("mode", "payment")}}","status":"open",
                 "client_reference_id":"{{form.GetValueOrDefault("client_reference_id")}}",
                 "amount_total":{{form.GetValueOrDefault("line_items[0][price_data][unit_amount]", "0")}},"currency":"usd",
                 "url":"http://127.0.0.1/fake-checkout/cs_test_{{Requests.Count}}"}
                """,
            "/v1/billing_portal/sessions" => $$"""
                {"id":"bps_test_{{Requests.Count}}","object":"billing_portal.session","customer":"{{form.GetValueOrDefault("customer")}}",
                 "return_url":"{{form.GetValueOrDefault("return_url")}}","url":"http://127.0.0.1/fake-portal/bps_test_{{Requests.Count}}"}
                """,
            "/v1/refunds" => $$"""
                {"id":"re_test_{{Requests.Count}}","object":"refund","status":"succeeded","payment_intent":"{{form.GetValueOrDefault("payment_intent")}}"}
                """,
            "/v1/accounts" => ConnectAccount(),
            "/v1/account_links" => $$"""
                {"object":"account_link","created":1764547200,"expires_at":1764547500,"url":"https://connect.stripe.test/setup/e/{{form.GetValueOrDefault("account")}}/{{Requests.Count}}"}
                """,
            "/v1/transfers" => $$"""
                {"id":"tr_test_{{Requests.Count}}","object":"transfer","amount":{{form.GetValueOrDefault("amount", "0")}},"currency":"usd",
                 "destination":"{{form.GetValueOrDefault("destination")}}"}
                """,
            "/v1/payouts" => $$"""
                {"id":"po_test_{{Requests.Count}}","object":"payout","amount":{{form.GetValueOrDefault("amount", "0")}},"currency":"usd","status":"pending"}
                """,
            { } path when path.StartsWith("/v1/accounts/", StringComparison.Ordinal) && request.Method == "GET" => AccountJson(path["/v1/accounts/".Length..]),
            _ => null,
        };
        if (answer is null)
        {
            context.Response.StatusCode = 404;
            await context.Response.WriteAsync("""{"error":{"type":"invalid_request_error","message":"Unrecognized request URL."}}""");
            return;
        }
        if (key is not null) _answers.TryAdd(key, answer);
        await context.Response.WriteAsync(answer);
    }

    private string ConnectAccount()
    {
        var id = $"acct_fake_{Accounts.Count + 1}";
        Accounts.TryAdd(id, (false, false, null));
        return AccountJson(id)!;
    }

    private string? AccountJson(string id)
    {
        if (!Accounts.TryGetValue(id, out var a)) return null;
        var reason = a.DisabledReason is null ? "null" : $"\"{a.DisabledReason}\"";
        return $$"""
            {"id":"{{id}}","object":"account","type":"express","charges_enabled":{{(a.Charges ? "true" : "false")}},
             "payouts_enabled":{{(a.Payouts ? "true" : "false")}},"details_submitted":{{(a.Charges ? "true" : "false")}},
             "requirements":{"currently_due":[],"past_due":[],"disabled_reason":{{reason}} } }
            """;
    }
}
