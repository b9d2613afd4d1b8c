using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Finance.Payouts.Paypal;

/// <summary>
/// The PayPal Payouts API as the payout path needs it (decision 215): one payout is one batch of one item whose
/// <c>sender_batch_id</c> is our payout's id, so sending it again never pays twice; its status is read back by batch id.
/// Failures to reach PayPal are <see cref="FinanceErrors.PayoutProcessorUnavailable"/>: the payout stays approved and is sent
/// again later.
/// </summary>
public interface IPaypalPayouts
{
    Task<Result<PaypalBatch>> SendAsync(Guid payoutId, string email, int amountCents, CancellationToken cancellationToken = default);

    Task<Result<PaypalBatch>> StatusAsync(string batchId, CancellationToken cancellationToken = default);
}

/// <summary>A batch as PayPal reports it: its id, PayPal's status word and, for a failure, PayPal's reason.</summary>
public sealed record PaypalBatch(string BatchId, string Status, string? FailureReason = null)
{
    /// <summary>The item (or batch) status words that end a payout: paid, or failed with the amount returned.</summary>
    public PaypalBatchOutcome Outcome => Status.ToUpperInvariant() switch
    {
        "SUCCESS" => PaypalBatchOutcome.Paid,
        "FAILED" or "RETURNED" or "BLOCKED" or "DENIED" or "CANCELED" or "REFUNDED" or "REVERSED" => PaypalBatchOutcome.Failed,
        _ => PaypalBatchOutcome.InFlight,
    };
}

public enum PaypalBatchOutcome
{
    InFlight,
    Paid,
    Failed,
}
