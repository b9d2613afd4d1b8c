namespace ProducersAvenue.Domain.Finance.Payments;

/// <summary>
/// What a processor reports about a payment, reduced to what the platform acts on. <see cref="Id"/> is the processor's
/// event id: applying the same id twice changes nothing the second time (<c>payment_events</c>). A processor that does not
/// know the transaction (a dispute, a refund made in its dashboard) leaves <see cref="TransactionId"/> empty and names the
/// payment by its <see cref="PaymentIntentId"/> or <see cref="ChargeId"/>.
/// </summary>
public sealed record PaymentEvent(
    string Id, string Processor, string Type, Guid TransactionId, string? PaymentIntentId = null, string? ChargeId = null, string? FailureMessage = null,
    PaymentDispute? Dispute = null);

/// <summary>A dispute as the processor describes it: its id, the amount in cents, the bank's reason, its status and when evidence is due.</summary>
public sealed record PaymentDispute(string Id, long AmountCents, string? Reason, string Status, DateTimeOffset? EvidenceDueBy);

/// <summary>The event types the platform handles, named as Stripe names them.</summary>
public static class PaymentEventTypes
{
    public const string CheckoutCompleted = "checkout.session.completed";
    public const string CheckoutExpired = "checkout.session.expired";
    public const string PaymentSucceeded = "payment_intent.succeeded";
    public const string PaymentFailed = "payment_intent.payment_failed";
    public const string ChargeRefunded = "charge.refunded";
    public const string DisputeCreated = "charge.dispute.created";
    public const string DisputeClosed = "charge.dispute.closed";
}
