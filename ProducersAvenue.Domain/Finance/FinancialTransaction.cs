using System.Text.Json.Nodes;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Finance;

/// <summary>
/// <c>transactions</c> (named so as not to clash with <c>System.Transactions</c>): every movement of money.
/// Amounts are integer cents; the seller pays all fees, so <c>amount_seller = total − fees − commission</c>.
/// Commission rate and seller tier are snapshots taken at sale time. Status: pending → completed or failed; completed →
/// refunded or disputed; disputed → completed (won) or refunded (lost). A refused move returns a
/// <see cref="FinanceErrors"/> error and changes nothing.
/// </summary>
public class FinancialTransaction : IHasTimestamps
{
    public const int ProcessorIdMaxLength = 255;

    private FinancialTransaction() { }

    public Guid Id { get; private set; }
    public Guid BuyerId { get; private set; }
    /// <summary>Null for subscription payments.</summary>
    public Guid? SellerId { get; private set; }
    public TransactionType TransactionType { get; private set; }
    /// <summary>The product, service, order, webinar or subscription paid for (polymorphic, no foreign key).</summary>
    public Guid? RelatedId { get; private set; }
    /// <summary>Cents the buyer paid.</summary>
    public int AmountTotal { get; private set; }
    /// <summary>Cents of processor fees (paid by the seller).</summary>
    public int AmountFees { get; private set; }
    /// <summary>Cents of platform commission (paid by the seller).</summary>
    public int AmountCommission { get; private set; }
    /// <summary>Cents the seller receives.</summary>
    public int AmountSeller { get; private set; }
    /// <summary>Percentage, e.g. 30.00.</summary>
    public decimal? CommissionRate { get; private set; }
    public SubscriptionTier? SellerTier { get; private set; }
    public PaymentProcessor PaymentProcessor { get; private set; }
    public string? StripePaymentIntentId { get; private set; }
    public string? StripeChargeId { get; private set; }
    public string? PaypalTransactionId { get; private set; }
    public string? PaypalOrderId { get; private set; }
    public PaymentMethod? PaymentMethod { get; private set; }
    public TransactionStatus Status { get; private set; } = TransactionStatus.Pending;
    public DateTimeOffset? CompletedAt { get; private set; }
    public DateTimeOffset? RefundedAt { get; private set; }
    /// <summary>JSON: additional data.</summary>
    public string? Metadata { get; private set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>A pending payment whose parts add up: seller = total − fees − commission, none negative.</summary>
    /// <summary>
    /// The note on a sale by a partner account (admin-granted Ultimate): the snapshot's <see cref="SellerTier"/> is the plan
    /// the seller pays for, and the commission rate is Ultimate's — the note says why the two differ.
    /// </summary>
    public const string PartnerNote = "seller_partner_account";

    public static Result<FinancialTransaction> Start(Guid buyerId, Guid? sellerId, TransactionType type, Guid? relatedId,
        int totalCents, int feesCents, int commissionCents, decimal? commissionRate, SubscriptionTier? sellerTier,
        PaymentProcessor processor, PaymentMethod? method)
    {
        var seller = totalCents - feesCents - commissionCents;
        if (totalCents < 0 || feesCents < 0 || commissionCents < 0 || seller < 0) return FinanceErrors.TransactionAmountsUnbalanced;
        return new FinancialTransaction
        {
            Id = Guid.CreateVersion7(), BuyerId = buyerId, SellerId = sellerId, TransactionType = type, RelatedId = relatedId,
            AmountTotal = totalCents, AmountFees = feesCents, AmountCommission = commissionCents, AmountSeller = seller,
            CommissionRate = commissionRate, SellerTier = sellerTier, PaymentProcessor = processor, PaymentMethod = method,
        };
    }

    /// <summary>The processor confirmed the payment; its ids are kept for refunds, disputes and reconciliation.</summary>
    public Result Complete(DateTimeOffset now, string? paymentIntentId = null, string? chargeId = null)
    {
        var moved = Move(TransactionStatus.Completed, TransactionStatus.Pending);
        if (!moved.Succeeded) return moved;
        CompletedAt = now;
        StripePaymentIntentId = paymentIntentId ?? StripePaymentIntentId;
        StripeChargeId = chargeId ?? StripeChargeId;
        return moved;
    }

    /// <summary>
    /// Adds <paramref name="key"/> to the additional data kept with the payment (a JSON object): what was bought, why a
    /// payment failed or was refunded. Other keys stay.
    /// </summary>
    public void Note(string key, string value)
    {
        var data = Metadata is { Length: > 0 } json && JsonNode.Parse(json) is JsonObject existing ? existing : new JsonObject();
        data[key] = value;
        Metadata = data.ToJsonString();
    }

    /// <summary>The text noted under <paramref name="key"/> (<see cref="Note"/>), or null.</summary>
    public string? Noted(string key) =>
        Metadata is { Length: > 0 } json && JsonNode.Parse(json) is JsonObject data && data[key] is JsonValue value
        && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>The payment was declined or abandoned.</summary>
    public Result Fail() => Move(TransactionStatus.Failed, TransactionStatus.Pending);

    /// <summary>The buyer opened a dispute with the processor.</summary>
    public Result Dispute() => Move(TransactionStatus.Disputed, TransactionStatus.Completed);

    /// <summary>The seller won the dispute: the payment stands.</summary>
    public Result WinDispute() => Move(TransactionStatus.Completed, TransactionStatus.Disputed);

    /// <summary>The money went back to the buyer: a refund, or a lost dispute.</summary>
    public Result Refund(DateTimeOffset now)
    {
        var moved = Move(TransactionStatus.Refunded, TransactionStatus.Completed, TransactionStatus.Disputed);
        if (moved.Succeeded) RefundedAt = now;
        return moved;
    }

    private Result Move(TransactionStatus to, params TransactionStatus[] from)
    {
        if (!from.Contains(Status)) return FinanceErrors.TransactionIllegalTransition(Status, to);
        Status = to;
        return Result.Success();
    }
}
