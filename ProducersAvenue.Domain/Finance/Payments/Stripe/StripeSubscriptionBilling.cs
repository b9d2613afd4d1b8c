using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;
using ProducersAvenue.Domain.Finance.Plans;
using Stripe;
using Stripe.Checkout;

namespace ProducersAvenue.Domain.Finance.Payments.Stripe;

/// <summary>
/// Stripe Billing for plans (decision 222): a Checkout Session in subscription mode with the plan's price id from
/// <c>Stripe:PlanPrices</c> (the member's id as <c>client_reference_id</c> and as metadata on the subscription, so the webhook
/// finds the plan), and customer portal sessions (<c>POST /v1/billing_portal/sessions</c>) where members change, cancel or
/// fix the payment of their plan. Every call carries an idempotency key.
/// </summary>
public sealed class StripeSubscriptionBilling(IStripeClient client, IOptions<StripeOptions> options, ILogger<StripeSubscriptionBilling> log)
    : ISubscriptionBilling
{
    public async Task<Result<string>> StartCheckoutAsync(SubscriptionCheckoutRequest request, CancellationToken cancellationToken = default)
    {
        if (options.Value.PriceFor(request.Tier, request.Interval) is not { Length: > 0 } price)
        {
            log.LogError("Stripe:PlanPrices has no price for {Tier} {Interval}", request.Tier, request.Interval);
            return FinanceErrors.PaymentProcessorUnavailable;
        }
        var baseUrl = options.Value.PublicBaseUrl.TrimEnd('/');
        var metadata = new Dictionary<string, string>
        {
            ["user_id"] = request.UserId.ToString(),
            ["tier"] = EnumText<SubscriptionTier>.ToText(request.Tier),
            ["interval"] = EnumText<BillingInterval>.ToText(request.Interval),
        };
        var create = new SessionCreateOptions
        {
            Mode = "subscription",
            ClientReferenceId = request.UserId.ToString(),
            Customer = request.CustomerId,
            SuccessUrl = baseUrl + "/pricing?upgraded=1",
            CancelUrl = baseUrl + "/pricing",
            Metadata = metadata,
            SubscriptionData = new SessionSubscriptionDataOptions { Metadata = metadata },
            LineItems = [new SessionLineItemOptions { Price = price, Quantity = 1 }],
        };
        try
        {
            var session = await new SessionService(client).CreateAsync(create,
                new RequestOptions { IdempotencyKey = $"plan-checkout-{Guid.NewGuid():N}" }, cancellationToken);
            return session.Url is { Length: > 0 } url ? url : FinanceErrors.PaymentProcessorUnavailable;
        }
        catch (Exception e) when (e is StripeException or HttpRequestException or TaskCanceledException)
        {
            log.LogWarning(e, "Stripe did not open a plan checkout for member {UserId}", request.UserId);
            return FinanceErrors.PaymentProcessorUnavailable;
        }
    }

    public async Task<Result<string>> PortalAsync(string customerId, CancellationToken cancellationToken = default)
    {
        try
        {
            var session = await new global::Stripe.BillingPortal.SessionService(client).CreateAsync(
                new global::Stripe.BillingPortal.SessionCreateOptions { Customer = customerId, ReturnUrl = options.Value.PublicBaseUrl.TrimEnd('/') + "/pricing" },
                new RequestOptions { IdempotencyKey = $"portal-{Guid.NewGuid():N}" }, cancellationToken);
            return session.Url is { Length: > 0 } url ? url : FinanceErrors.PaymentProcessorUnavailable;
        }
        catch (Exception e) when (e is StripeException or HttpRequestException or TaskCanceledException)
        {
            log.LogWarning(e, "Stripe did not open the customer portal for {CustomerId}", customerId);
            return FinanceErrors.PaymentProcessorUnavailable;
        }
    }
}
