namespace ProducersAvenue.Domain.Finance.Ledger;

/// <summary><c>ledger_postings.kind</c>: what moved the money. A sale, its clearing and its refund post once per transaction.</summary>
public enum PostingKind
{
    Sale,
    Clearing,
    Refund,
    PayoutRequested,
    PayoutPaid,
    PayoutReturned,
    Correction,
    /// <summary>A member paid for their plan (an upgrade or a renewal).</summary>
    PlanPayment,
    /// <summary>A card payment the platform cannot honour came in: the processor owes it, and it is the buyer's (decision 305).</summary>
    PaymentHeld,
    /// <summary>That payment went back to the buyer's card.</summary>
    PaymentReturned,
}
