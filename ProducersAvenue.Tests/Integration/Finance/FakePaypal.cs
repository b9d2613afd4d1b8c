using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ProducersAvenue.Tests.Integration.Finance;

/// <summary>
/// A Kestrel app on 127.0.0.1 that speaks the part of PayPal's REST API the payouts use: <c>POST /v1/oauth2/token</c>
/// (client credentials in Basic auth; wrong ones are 401), <c>POST /v1/payments/payouts</c> (a bearer token from the first;
/// one batch per <c>sender_batch_id</c> — a repeat returns the first batch, as PayPal does with the same <c>PayPal-Request-Id</c>)
/// and <c>GET /v1/payments/payouts/{batch}</c>, whose item reports <see cref="ItemStatus"/>. While <see cref="Failing"/> is set
/// every request answers with that status.
/// </summary>
public sealed class FakePaypal : IAsyncLifetime
{
    public const string ClientId = "paypal-client-fake";
    public const string Secret = "paypal-secret-fake";
    private const string Token = "A21AAfake-token";

    private WebApplication? _app;
    private readonly ConcurrentDictionary<string, string> _batchesBySender = new();

    public ConcurrentQueue<(string Method, string Path, JsonNode? Body, string? RequestId)> Requests { get; } = new();
    public int? Failing { get; set; }
    /// <summary>What the batch's item reports when its status is read (SUCCESS, PENDING, FAILED, RETURNED, BLOCKED…).</summary>
    public string ItemStatus { get; set; } = "SUCCESS";
    public int BatchesCreated => _batchesBySender.Count;
    public Uri BaseUri { get; private set; } = null!;

    public Dictionary<string, string?> Settings => new()
    {
        ["Money:Paypal:BaseUrl"] = BaseUri.ToString(),
        ["Money:Paypal:ClientId"] = ClientId,
        ["Money:Paypal:Secret"] = Secret,
        ["Money:Paypal:TimeoutSeconds"] = "10",
    };

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

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "";
        JsonNode? body = null;
        if (request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true)
            body = await JsonNode.ParseAsync(request.Body);
        Requests.Enqueue((request.Method, path, body, request.Headers["PayPal-Request-Id"].FirstOrDefault()));
        context.Response.ContentType = "application/json";
        if (Failing is { } failing)
        {
            context.Response.StatusCode = failing;
            await context.Response.WriteAsync("""{"name":"INTERNAL_SERVICE_ERROR","message":"Simulated failure."}""");
            return;
        }
        if (path == "/v1/oauth2/token" && request.Method == "POST")
        {
            var basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{Secret}"));
            var form = await request.ReadFormAsync();
            if (request.Headers.Authorization.ToString() != basic || form["grant_type"] != "client_credentials")
            {
                context.Response.StatusCode = 401;
                await context.Response.WriteAsync("""{"error":"invalid_client","error_description":"Client Authentication failed"}""");
                return;
            }
            await context.Response.WriteAsync($$"""{"scope":"https://uri.paypal.com/payments/payouts","access_token":"{{Token}}","token_type":"Bearer","expires_in":32400}""");
            return;
        }
        if (request.Headers.Authorization.ToString() != $"Bearer {Token}")
        {
            context.Response.StatusCode = 401;
            await context.Response.WriteAsync("""{"name":"AUTHENTICATION_FAILURE","message":"Authentication failed due to invalid authentication credentials."}""");
            return;
        }
        if (path == "/v1/payments/payouts" && request.Method == "POST")
        {
            var sender = body?["sender_batch_header"]?["sender_batch_id"]?.GetValue<string>();
            if (string.IsNullOrEmpty(sender) || body?["items"]?.AsArray().Count != 1)
            {
                context.Response.StatusCode = 400;
                await context.Response.WriteAsync("""{"name":"VALIDATION_ERROR","message":"Invalid request."}""");
                return;
            }
            var batch = _batchesBySender.GetOrAdd(sender, _ => $"FAKEBATCH{_batchesBySender.Count + 1:D4}");
            context.Response.StatusCode = 201;
            await context.Response.WriteAsync($$"""
                {"batch_header":{"payout_batch_id":"{{batch}}","batch_status":"PENDING","sender_batch_header":{"sender_batch_id":"{{sender}}"} } }
                """);
            return;
        }
        if (path.StartsWith("/v1/payments/payouts/", StringComparison.Ordinal) && request.Method == "GET")
        {
            var batch = path["/v1/payments/payouts/".Length..];
            if (!_batchesBySender.Values.Contains(batch))
            {
                context.Response.StatusCode = 404;
                await context.Response.WriteAsync("""{"name":"INVALID_RESOURCE_ID","message":"Requested resource ID was not found."}""");
                return;
            }
            var errors = ItemStatus is "FAILED" or "RETURNED" or "BLOCKED"
                ? ""","errors":{"name":"RECEIVER_UNREGISTERED","message":"Receiver is unregistered."}""" : "";
            await context.Response.WriteAsync($$"""
                {"batch_header":{"payout_batch_id":"{{batch}}","batch_status":"{{(ItemStatus == "PENDING" ? "PROCESSING" : "SUCCESS")}}"},
                 "items":[{"payout_item_id":"ITEM{{batch}}","transaction_status":"{{ItemStatus}}","payout_batch_id":"{{batch}}"{{errors}} }]}
                """);
            return;
        }
        context.Response.StatusCode = 404;
        await context.Response.WriteAsync("""{"name":"NOT_FOUND","message":"Unknown path."}""");
    }

    public static string? Text(JsonNode? node, string path) =>
        path.Split('.').Aggregate(node, (n, part) => n is null ? null : int.TryParse(part, out var i) ? n[i] : n[part])?.ToString();
}
