using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance.Payouts.Connect;
using ProducersAvenue.Domain.Finance.Plans;
using Stripe;
using Stripe.Checkout;

namespace ProducersAvenue.Domain.Finance.Payments.Stripe;

/// <summary>
/// Stripe's webhook, behind <c>/webhooks/stripe</c> (decision 192): the signature is checked (the configured secret, a
/// timestamp at most <see cref="StripeOptions.WebhookToleranceSeconds"/> old, the body untouched), then a payment event is
/// turned into a <see cref="PaymentEvent"/> and applied once by <see cref="PaymentEvents"/>. Events the platform does not
/// act on are acknowledged and logged.
/// </summary>
public sealed class StripeWebhook(PaymentEvents events, PlanEvents plans, IOptions<StripeOptions> options, ILogger<StripeWebhook> log,
    StripeConnectEvents connect)
{
    public async Task<StripeWebhookOutcome> HandleAsync(string body, string? signature, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(options.Value.WebhookSecret)) return StripeWebhookOutcome.NotConfigured;
        Event stripeEvent;
        try
        {
            stripeEvent = EventUtility.ConstructEvent(body, signature ?? "", options.Value.WebhookSecret,
                options.Value.WebhookToleranceSeconds, throwOnApiVersionMismatch: false);
        }
        catch (Exception e) when (e is StripeException or Newtonsoft.Json.JsonException or System.Text.Json.JsonException or ArgumentException)
        {
            // A bad signature, a stale timestamp, or a body that is not an event: refused, whoever sent it.
            log.LogWarning("A Stripe webhook was refused: {Reason}", e.Message);
            return StripeWebhookOutcome.BadSignature;
        }

        if (await connect.TryApplyAsync(stripeEvent, cancellationToken) is { } connected) return connected;
        // Stripe Billing's events are about a plan, not a payment of ours (decision 222).
        if (ToPlanEvent(stripeEvent) is { } planEvent)
        {
            var planApplied = await plans.ApplyAsync(planEvent, cancellationToken);
            return planApplied.Succeeded ? StripeWebhookOutcome.Applied : StripeWebhookOutcome.Failed;
        }

        var payment = ToPaymentEvent(stripeEvent);
        if (payment is null)
        {
            log.LogInformation("Stripe event {EventId} of type {Type} acknowledged; nothing to do", stripeEvent.Id, stripeEvent.Type);
            return StripeWebhookOutcome.Ignored;
        }
        var applied = await events.ApplyAsync(payment, cancellationToken);
        return applied.Succeeded ? StripeWebhookOutcome.Applied : StripeWebhookOutcome.Failed;
    }

    private static PlanEvent? ToPlanEvent(Event e)
    {
        const string processor = StripePaymentProcessor.ProcessorName;
        switch (e.Data.Object)
        {
            case Session session when e.Type == PlanEventTypes.CheckoutCompleted && session.Mode == "subscription":
                return new PlanEvent(e.Id, processor, e.Type, session.SubscriptionId, session.CustomerId, MemberIn(session.Metadata));
            case Invoice invoice when e.Type is PlanEventTypes.InvoicePaid or PlanEventTypes.InvoiceFailed
                                      && invoice.Parent?.SubscriptionDetails is { } details:
                var line = invoice.Lines?.Data?.FirstOrDefault();
                return new PlanEvent(e.Id, processor, e.Type, details.SubscriptionId, invoice.CustomerId, MemberIn(details.Metadata),
                    line?.Pricing?.PriceDetails?.PriceId, invoice.Status, AmountPaidCents: invoice.AmountPaid, InvoiceId: invoice.Id);
            case global::Stripe.Subscription subscription when e.Type is PlanEventTypes.SubscriptionUpdated or PlanEventTypes.SubscriptionDeleted:
                var item = subscription.Items?.Data?.FirstOrDefault();
                return new PlanEvent(e.Id, processor, e.Type, subscription.Id, subscription.CustomerId, MemberIn(subscription.Metadata), item?.Price?.Id,
                    subscription.Status, subscription.CancelAtPeriodEnd, Utc(item?.CurrentPeriodStart), Utc(item?.CurrentPeriodEnd));
            default:
                return null;
        }
    }

    private static Guid? MemberIn(IDictionary<string, string>? metadata) =>
        metadata?.TryGetValue("user_id", out var id) == true && Guid.TryParse(id, out var member) ? member : null;

    private static DateTimeOffset? Utc(DateTime? at) =>
        at is { } value && value != default ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)) : null;

    private static PaymentEvent? ToPaymentEvent(Event e)
    {
        switch (e.Data.Object)
        {
            case Session session when e.Type is PaymentEventTypes.CheckoutCompleted or PaymentEventTypes.CheckoutExpired
                                      && Guid.TryParse(session.ClientReferenceId, out var fromSession):
                return new PaymentEvent(e.Id, StripePaymentProcessor.ProcessorName, e.Type, fromSession, session.PaymentIntentId);
            case PaymentIntent intent when e.Type is PaymentEventTypes.PaymentSucceeded or PaymentEventTypes.PaymentFailed
                                           && intent.Metadata?.TryGetValue("transaction_id", out var id) == true && Guid.TryParse(id, out var fromIntent):
                return new PaymentEvent(e.Id, StripePaymentProcessor.ProcessorName, e.Type, fromIntent, intent.Id, intent.LatestChargeId,
                    intent.LastPaymentError?.Code);
            case Dispute dispute when e.Type is PaymentEventTypes.DisputeCreated or PaymentEventTypes.DisputeClosed:
                return new PaymentEvent(e.Id, StripePaymentProcessor.ProcessorName, e.Type, Guid.Empty, dispute.PaymentIntentId, dispute.ChargeId,
                    Dispute: new PaymentDispute(dispute.Id, dispute.Amount, dispute.Reason, dispute.Status,
                        dispute.EvidenceDetails?.DueBy is { } due ? new DateTimeOffset(DateTime.SpecifyKind(due, DateTimeKind.Utc)) : null));
            // Only a full refund gives the sale back; a partial one (not offered here) is acknowledged and logged.
            case Charge charge when e.Type == PaymentEventTypes.ChargeRefunded && charge.Refunded:
                return new PaymentEvent(e.Id, StripePaymentProcessor.ProcessorName, e.Type,
                    charge.Metadata?.TryGetValue("transaction_id", out var refunded) == true && Guid.TryParse(refunded, out var fromCharge) ? fromCharge : Guid.Empty,
                    charge.PaymentIntentId, charge.Id);
            default:
                return null;
        }
    }
}

/// <summary>What the webhook endpoint answers: 200 for applied and ignored events, 400 for a bad signature.</summary>
public enum StripeWebhookOutcome
{
    Applied,
    Ignored,
    BadSignature,
    NotConfigured,
    Failed,
}
