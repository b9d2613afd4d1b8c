using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Finance;

/// <summary>
/// <c>transactions</c> (named so as not to clash with <c>System.Transactions</c>): every movement of money.
/// Amounts are integer cents; the seller pays all fees, so <c>amount_seller = total − fees − commission</c>.
/// Commission rate and seller tier are snapshots taken at sale time.
/// </summary>
public class FinancialTransaction : IHasTimestamps
{
    public const int ProcessorIdMaxLength = 255;

    public Guid Id { get; set; }
    public Guid BuyerId { get; set; }
    /// <summary>Null for subscription payments.</summary>
    public Guid? SellerId { get; set; }
    public TransactionType TransactionType { get; set; }
    /// <summary>The product, service, order, webinar or subscription paid for (polymorphic, no foreign key).</summary>
    public Guid? RelatedId { get; set; }
    /// <summary>Cents the buyer paid.</summary>
    public int AmountTotal { get; set; }
    /// <summary>Cents of processor fees (paid by the seller).</summary>
    public int AmountFees { get; set; }
    /// <summary>Cents of platform commission (paid by the seller).</summary>
    public int AmountCommission { get; set; }
    /// <summary>Cents the seller receives.</summary>
    public int AmountSeller { get; set; }
    /// <summary>Percentage, e.g. 30.00.</summary>
    public decimal? CommissionRate { get; set; }
    public SubscriptionTier? SellerTier { get; set; }
    public PaymentProcessor PaymentProcessor { get; set; }
    public string? StripePaymentIntentId { get; set; }
    public string? StripeChargeId { get; set; }
    public string? PaypalTransactionId { get; set; }
    public string? PaypalOrderId { get; set; }
    public PaymentMethod? PaymentMethod { get; set; }
    public TransactionStatus Status { get; set; } = TransactionStatus.Pending;
    public DateTimeOffset? CompletedAt { get; set; }
    public DateTimeOffset? RefundedAt { get; set; }
    /// <summary>JSON: additional data.</summary>
    public string? Metadata { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
