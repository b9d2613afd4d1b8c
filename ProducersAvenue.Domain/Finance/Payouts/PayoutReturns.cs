using ProducersAvenue.Domain.Finance.Ledger;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Finance.Payouts;

/// <summary>
/// The posting of a payout that comes back (failed at the processor, or cancelled by its member): the amount returns to
/// the available balance, and pays first what the member came to owe since they asked for it (a refund meanwhile) —
/// a returned payout used to leave money available beside a debt that held every payout back.
/// </summary>
public static class PayoutReturns
{
    public static async Task<LedgerPosting> PostingAsync(AppDbContext db, Payout payout, string memo, CancellationToken cancellationToken)
    {
        var debt = await LedgerWriter.DebtForUpdateAsync(db, payout.UserId, cancellationToken);
        var paid = Math.Min(debt, payout.Amount);
        return LedgerPosting.PayoutReturned(payout.Id, payout.UserId, payout.Amount, paid,
            paid == 0 ? memo : $"{memo}; {Money.Format(paid)} paid what you owed");
    }
}
