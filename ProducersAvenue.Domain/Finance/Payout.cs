using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Finance;

/// <summary><c>payouts</c>: a withdrawal request of at least <see cref="MinimumAmountCents"/>, approved by an admin.</summary>
public class Payout : IHasTimestamps
{
    /// <summary>$50. The database refuses less; the configured minimum can only be higher.</summary>
    public const int MinimumAmountCents = 5000;
    public const int ProcessorIdMaxLength = 255;
    public const int FailureReasonMaxLength = 2000;

    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public Guid WalletId { get; set; }
    /// <summary>Cents.</summary>
    public int Amount { get; set; }
    public PayoutMethod PayoutMethod { get; set; }
    public string? StripePayoutId { get; set; }
    public string? PaypalBatchId { get; set; }
    public PayoutStatus Status { get; set; } = PayoutStatus.Pending;
    public DateTimeOffset RequestedAt { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    /// <summary>The admin who approved it.</summary>
    public Guid? ApprovedBy { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public DateTimeOffset? FailedAt { get; set; }
    public string? FailureReason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
