using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Finance;

/// <summary>
/// <c>payouts</c>: a withdrawal request of at least <see cref="MinimumAmountCents"/>, approved by an admin. The status
/// moves only through the methods below: pending → processing (approved) → completed (paid); pending or processing →
/// failed; pending → cancelled. A refused move returns a <see cref="FinanceErrors"/> error and changes nothing.
/// </summary>
public class Payout : IHasTimestamps
{
    /// <summary>$50. The database refuses less; the configured minimum can only be higher.</summary>
    public const int MinimumAmountCents = 5000;
    public const int ProcessorIdMaxLength = 255;
    public const int FailureReasonMaxLength = 2000;

    private Payout() { }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public Guid WalletId { get; private set; }
    /// <summary>Cents.</summary>
    public int Amount { get; private set; }
    public PayoutMethod PayoutMethod { get; private set; }
    public string? StripePayoutId { get; private set; }
    public string? PaypalBatchId { get; private set; }
    public PayoutStatus Status { get; private set; } = PayoutStatus.Pending;
    public DateTimeOffset RequestedAt { get; private set; }
    public DateTimeOffset? ApprovedAt { get; private set; }
    /// <summary>The admin who approved it.</summary>
    public Guid? ApprovedBy { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public DateTimeOffset? FailedAt { get; private set; }
    public string? FailureReason { get; private set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>A pending request of <paramref name="amountCents"/>; the balance check and its hold are the service's.</summary>
    public static Result<Payout> Request(Guid userId, Guid walletId, int amountCents, PayoutMethod method, DateTimeOffset now,
        int minimumCents = MinimumAmountCents)
    {
        var minimum = Math.Max(minimumCents, MinimumAmountCents);
        if (amountCents < minimum) return FinanceErrors.PayoutBelowMinimum(minimum);
        return new Payout { Id = Guid.CreateVersion7(), UserId = userId, WalletId = walletId, Amount = amountCents, PayoutMethod = method, RequestedAt = now };
    }

    /// <summary>An admin approves: the processor is asked to pay.</summary>
    public Result Approve(Guid adminId, DateTimeOffset now)
    {
        var moved = Move(PayoutStatus.Processing, PayoutStatus.Pending);
        if (moved.Succeeded) (ApprovedBy, ApprovedAt) = (adminId, now);
        return moved;
    }

    /// <summary>The processor paid out; its id is kept for reconciliation.</summary>
    public Result MarkPaid(string processorPayoutId, DateTimeOffset now)
    {
        var moved = Move(PayoutStatus.Completed, PayoutStatus.Processing);
        if (!moved.Succeeded) return moved;
        if (PayoutMethod == PayoutMethod.Stripe) StripePayoutId = processorPayoutId;
        else PaypalBatchId = processorPayoutId;
        CompletedAt = now;
        return moved;
    }

    /// <summary>
    /// The processor accepted the approved payout under <paramref name="processorPayoutId"/> (a PayPal batch, a Stripe payout);
    /// its answer completes or fails it later. Only while processing; the first id stays.
    /// </summary>
    public Result RecordSent(string processorPayoutId)
    {
        if (Status != PayoutStatus.Processing) return FinanceErrors.PayoutIllegalTransition(Status, PayoutStatus.Processing);
        if (PayoutMethod == PayoutMethod.Stripe) StripePayoutId ??= processorPayoutId;
        else PaypalBatchId ??= processorPayoutId;
        return Result.Success();
    }

    /// <summary>The payout failed (refused by an admin or by the processor); the amount goes back to the balance.</summary>
    public Result Fail(string reason, DateTimeOffset now)
    {
        var moved = Move(PayoutStatus.Failed, PayoutStatus.Pending, PayoutStatus.Processing);
        if (moved.Succeeded) (FailedAt, FailureReason) = (now, reason);
        return moved;
    }

    /// <summary>The member withdraws the request before an admin approved it.</summary>
    public Result Cancel() => Move(PayoutStatus.Cancelled, PayoutStatus.Pending);

    private Result Move(PayoutStatus to, params PayoutStatus[] from)
    {
        if (!from.Contains(Status)) return FinanceErrors.PayoutIllegalTransition(Status, to);
        Status = to;
        return Result.Success();
    }
}
