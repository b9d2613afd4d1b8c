using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Finance.Ledger;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Finance.Wallets;

/// <summary>
/// Ends the escrow hold (product rules, "Money"): a completed product or webinar sale whose payment is
/// <c>Money:ClearingDays</c> old — a service order's, once the order completed that long ago — moves the seller's amount from
/// pending to available, one clearing posting per sale (a second run, or two at once, posts nothing twice). Refunded and
/// disputed sales are not completed, so they never clear. A seller who owes the platform (decision 220) pays it from the
/// amount cleared first; the rest becomes available.
/// </summary>
public sealed class WalletClearing(
    [FromKeyedServices(UnitOfWork.Jobs)] UnitOfWork money, LedgerWriter ledger, INotifier notifier, IOptions<MoneyOptions> options, TimeProvider clock)
{
    public const int BatchSize = 500;

    /// <summary>Releases every sale whose hold is over; returns how many.</summary>
    public async Task<int> ReleaseDueAsync(CancellationToken cancellationToken = default)
    {
        var released = 0;
        while (true)
        {
            var batch = await ReleaseBatchAsync(cancellationToken);
            released += batch;
            if (batch < BatchSize) return released;
        }
    }

    private Task<int> ReleaseBatchAsync(CancellationToken cancellationToken) => money.RunAsync(async (db, ct) =>
    {
        var due = clock.GetUtcNow().AddDays(-options.Value.ClearingDays);
        var sales = await db.Database.SqlQuery<DueSale>($"""
            SELECT t.id, t.seller_id, t.amount_seller FROM transactions t
            WHERE t.status = 'completed' AND t.seller_id IS NOT NULL AND t.amount_seller > 0
              AND ((t.completed_at <= {due} AND t.transaction_type IN ('product_purchase', 'webinar_registration'))
                   -- A service order's proceeds stay pending until the order completes, then 7 more days (decision 200).
                   OR (t.transaction_type = 'service_purchase'
                       AND EXISTS (SELECT 1 FROM orders o WHERE o.id = t.related_id AND o.status = 'completed' AND o.completed_at <= {due})))
              AND NOT EXISTS (SELECT 1 FROM ledger_postings p WHERE p.transaction_id = t.id AND p.kind = 'clearing')
            ORDER BY t.completed_at, t.id
            LIMIT {BatchSize}
            FOR UPDATE OF t SKIP LOCKED
            """).ToListAsync(ct);
        var posted = 0;
        foreach (var sale in sales)
        {
            // Read under a lock, so a refund that raises the debt meanwhile waits for this posting.
            var debt = await LedgerWriter.DebtForUpdateAsync(db, sale.SellerId, ct);
            var paid = Math.Min(debt, sale.AmountSeller);
            var result = await ledger.PostAsync(db, LedgerPosting.Clearing(sale.Id, sale.SellerId, sale.AmountSeller, paid,
                paid == 0 ? "Hold ended" : $"Hold ended; {Money.Format(paid)} paid what you owed"), ct);
            if (result is not { Succeeded: true, Value: PostingOutcome.Posted }) continue;
            posted++;
            if (paid > 0 && paid == debt)
                await notifier.NotifyAsync(new NotificationRequest(sale.SellerId, NotificationType.System, "What you owed is paid",
                    $"{Money.Format(paid)} of your cleared earnings settled it; payouts are open again.", "/wallet"), ct);
        }
        return posted;
    }, cancellationToken);

    private sealed record DueSale(Guid Id, Guid SellerId, int AmountSeller);
}
