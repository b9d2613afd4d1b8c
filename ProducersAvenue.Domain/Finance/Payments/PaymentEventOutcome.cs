using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Finance.Payments;

/// <summary>What applying a <see cref="PaymentEvent"/> did.</summary>
public enum PaymentEventEffect
{
    /// <summary>The sale completed: the product is in the buyer's library and the money is posted.</summary>
    Completed,
    /// <summary>Paid, but the exclusive went to someone else first or the buyer owns the product already: refunded in full.</summary>
    Refunded,
    /// <summary>The payment failed; the checkout stays open for another try.</summary>
    Failed,
    /// <summary>The checkout closed unpaid.</summary>
    Expired,
    /// <summary>The buyer's bank opened a dispute: the sale is disputed and its seller's amount held.</summary>
    Disputed,
    /// <summary>The seller won the dispute: the sale stands.</summary>
    DisputeWon,
    /// <summary>The processor gave the money back (a refund in its dashboard, a lost dispute): the sale is reversed, nothing more to send.</summary>
    Reversed,
    /// <summary>This event was applied before: nothing changed.</summary>
    AlreadyApplied,
    /// <summary>Nothing to do: an unknown type, or a transaction already past this step.</summary>
    Ignored,
}

/// <summary>
/// The effect of one event, the library reference when a sale completed, and why a payment was refunded at once
/// (<see cref="FinanceErrors.ExclusiveSold"/>, <see cref="FinanceErrors.AlreadyOwned"/>).
/// </summary>
public sealed record PaymentEventOutcome(PaymentEventEffect Effect, string? Reference = null, Error? RefundedBecause = null);
