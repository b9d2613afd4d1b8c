using Microsoft.AspNetCore.Http.Features;
using ProducersAvenue.Domain.Finance.Payments.Stripe;

namespace ProducersAvenue.Web.Endpoints;

public static class WebhookEndpoints
{
    /// <summary>Largest webhook body read; Stripe's events are a few kilobytes.</summary>
    public const long MaxBodyBytes = 256 * 1024;

    /// <summary>
    /// <c>POST /webhooks/stripe</c>: Stripe's events, signature checked (decision 192). 200 for an event applied or
    /// acknowledged, 400 for a bad signature or a body too large, 404 when no webhook secret is configured, 500 when applying
    /// failed (Stripe retries).
    /// </summary>
    public static IEndpointRouteBuilder MapWebhookEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/webhooks/stripe", async (HttpContext http, StripeWebhook webhook) =>
        {
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxBodyBytes;
            string body;
            try
            {
                using var reader = new StreamReader(http.Request.Body);
                body = await reader.ReadToEndAsync(http.RequestAborted);
            }
            catch (BadHttpRequestException)
            {
                return Results.BadRequest();
            }
            var outcome = await webhook.HandleAsync(body, http.Request.Headers["Stripe-Signature"].ToString(), http.RequestAborted);
            return outcome switch
            {
                StripeWebhookOutcome.Applied or StripeWebhookOutcome.Ignored => Results.Ok(),
                StripeWebhookOutcome.BadSignature => Results.BadRequest(),
                StripeWebhookOutcome.NotConfigured => Results.NotFound(),
                _ => Results.StatusCode(StatusCodes.Status500InternalServerError),
            };
        }).DisableAntiforgery();
        return endpoints;
    }
}
