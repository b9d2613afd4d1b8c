using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Finance.Payouts.Paypal;

/// <summary>
/// The PayPal Payouts API over HTTP (decision 215): an OAuth2 client-credentials token (<c>POST /v1/oauth2/token</c>), then
/// <c>POST /v1/payments/payouts</c> — one item, <c>sender_batch_id</c> = the payout's id and the same id as
/// <c>PayPal-Request-Id</c>, so a repeated send returns the first batch — and <c>GET /v1/payments/payouts/{batch}</c> for its
/// status. An outage, a timeout or refused credentials is <see cref="FinanceErrors.PayoutProcessorUnavailable"/> (sent again
/// later); PayPal refusing the payout itself (4xx on the batch) is a failed batch with PayPal's message.
/// </summary>
public sealed class PaypalPayoutsClient(HttpClient http, IOptions<PaypalOptions> options, ILogger<PaypalPayoutsClient> log) : IPaypalPayouts
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public async Task<Result<PaypalBatch>> SendAsync(Guid payoutId, string email, int amountCents, CancellationToken cancellationToken = default)
    {
        var body = new
        {
            sender_batch_header = new
            {
                sender_batch_id = payoutId.ToString("N"),
                email_subject = "You have a payout from Producers Avenue",
                email_message = "Your Producers Avenue earnings are on their way.",
            },
            items = new[]
            {
                new
                {
                    recipient_type = "EMAIL",
                    amount = new { value = (amountCents / 100m).ToString("0.00", CultureInfo.InvariantCulture), currency = "USD" },
                    receiver = email,
                    note = "Producers Avenue payout",
                    sender_item_id = payoutId.ToString("N"),
                },
            },
        };
        return await CallAsync(payoutId.ToString(), async (token, ct) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "v1/payments/payouts") { Content = JsonContent.Create(body, options: Json) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            request.Headers.Add("PayPal-Request-Id", payoutId.ToString("N"));
            return await http.SendAsync(request, ct);
        }, cancellationToken);
    }

    public Task<Result<PaypalBatch>> StatusAsync(string batchId, CancellationToken cancellationToken = default) =>
        CallAsync(batchId, async (token, ct) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"v1/payments/payouts/{Uri.EscapeDataString(batchId)}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return await http.SendAsync(request, ct);
        }, cancellationToken);

    private async Task<Result<PaypalBatch>> CallAsync(string what, Func<string, CancellationToken, Task<HttpResponseMessage>> call, CancellationToken cancellationToken)
    {
        try
        {
            var token = await TokenAsync(cancellationToken);
            if (token is null) return FinanceErrors.PayoutProcessorUnavailable;
            using var response = await call(token, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.IsSuccessStatusCode) return Read(text) is { } batch ? batch : FinanceErrors.PayoutProcessorUnavailable;
            if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity)
            {
                // PayPal refused this payout (a receiver it cannot pay, a malformed amount): sending it again would not help.
                var refusal = JsonSerializer.Deserialize<PaypalError>(text, Json);
                log.LogWarning("PayPal refused payout {Payout}: {Name} {Message}", what, refusal?.Name, refusal?.Message);
                return new PaypalBatch("", "DENIED", refusal?.Message ?? "PayPal refused this payout.");
            }
            log.LogWarning("PayPal answered {Status} for payout {Payout}", (int)response.StatusCode, what);
            return FinanceErrors.PayoutProcessorUnavailable;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            log.LogWarning(e, "PayPal did not answer for payout {Payout}", what);
            return FinanceErrors.PayoutProcessorUnavailable;
        }
    }

    private async Task<string?> TokenAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/oauth2/token")
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{o.ClientId}:{o.Secret}")));
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            log.LogWarning("PayPal refused the platform's credentials ({Status})", (int)response.StatusCode);
            return null;
        }
        var token = await response.Content.ReadFromJsonAsync<PaypalToken>(Json, cancellationToken);
        return token?.AccessToken;
    }

    private static PaypalBatch? Read(string text)
    {
        var answer = JsonSerializer.Deserialize<PaypalBatchAnswer>(text, Json);
        if (answer?.BatchHeader is not { PayoutBatchId: { Length: > 0 } id } header) return null;
        // One item per batch: its status says what happened to the money; the batch's own status only says it was processed.
        var item = answer.Items?.FirstOrDefault();
        var status = item?.TransactionStatus ?? header.BatchStatus ?? "PENDING";
        var reason = item?.Errors?.Message ?? (new PaypalBatch(id, status).Outcome == PaypalBatchOutcome.Failed ? $"PayPal reported the payout {status.ToLowerInvariant()}." : null);
        return new PaypalBatch(id, status, reason);
    }

    private sealed record PaypalToken([property: JsonPropertyName("access_token")] string? AccessToken);

    private sealed record PaypalError([property: JsonPropertyName("name")] string? Name, [property: JsonPropertyName("message")] string? Message);

    private sealed record PaypalBatchAnswer(
        [property: JsonPropertyName("batch_header")] PaypalBatchHeader? BatchHeader,
        [property: JsonPropertyName("items")] IReadOnlyList<PaypalItem>? Items);

    private sealed record PaypalBatchHeader(
        [property: JsonPropertyName("payout_batch_id")] string? PayoutBatchId,
        [property: JsonPropertyName("batch_status")] string? BatchStatus);

    private sealed record PaypalItem(
        [property: JsonPropertyName("transaction_status")] string? TransactionStatus,
        [property: JsonPropertyName("errors")] PaypalError? Errors);
}
