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
}
