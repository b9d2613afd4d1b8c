using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Finance.Ledger;

/// <summary>
/// Recomputes every wallet from the ledger and compares (decision 190): wallet balances are a cache, the entries are the
/// truth, and any difference — or a posting that does not sum to zero — is a fault an admin must see. Reads as the jobs
/// role; the admin page, the nightly job and <c>ledger-check</c> on the command line all ask here.
/// </summary>
public sealed class LedgerCheck(JobsDbContextFactory contexts, TimeProvider clock)
{
    public async Task<LedgerCheckReport> RunAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var wallets = await db.Database.SqlQuery<WalletDifference>($"""
            SELECT w.user_id, w.balance_pending, w.balance_available, coalesce(l.pending, 0) AS ledger_pending, coalesce(l.available, 0) AS ledger_available,
                   w.debt_cents, coalesce(l.debt, 0) AS ledger_debt
            FROM wallets w
            LEFT JOIN (SELECT e.user_id, -sum(e.amount) FILTER (WHERE e.account = 'wallet_pending') AS pending,
                              -sum(e.amount) FILTER (WHERE e.account = 'wallet_available') AS available,
                              sum(e.amount) FILTER (WHERE e.account = 'wallet_debt') AS debt
                       FROM ledger_entries e WHERE e.user_id IS NOT NULL GROUP BY e.user_id) l ON l.user_id = w.user_id
            WHERE w.balance_pending <> coalesce(l.pending, 0) OR w.balance_available <> coalesce(l.available, 0) OR w.debt_cents <> coalesce(l.debt, 0)
            ORDER BY w.user_id
            """).ToListAsync(cancellationToken);
        var unbalanced = await db.Database.SqlQuery<Guid>($"""
            SELECT posting_id AS "Value" FROM ledger_entries GROUP BY posting_id HAVING sum(amount) <> 0 OR count(*) < 2
            """).ToListAsync(cancellationToken);
        var totals = await db.Database.SqlQuery<LedgerTotals>($"""
            SELECT (SELECT count(*) FROM ledger_postings) AS postings, (SELECT count(*) FROM wallets) AS wallets
            """).SingleAsync(cancellationToken);
        return new LedgerCheckReport(clock.GetUtcNow(), totals.Postings, totals.Wallets, wallets, unbalanced);
    }

    private sealed record LedgerTotals(long Postings, long Wallets);
}

/// <summary>A wallet whose cached balances (or debt) differ from its ledger entries (cents).</summary>
public sealed record WalletDifference(Guid UserId, int BalancePending, int BalanceAvailable, long LedgerPending, long LedgerAvailable, int DebtCents, long LedgerDebt);

/// <summary>What <see cref="LedgerCheck"/> found: nothing, when the books hold.</summary>
public sealed record LedgerCheckReport(
    DateTimeOffset CheckedAt, long Postings, long Wallets, IReadOnlyList<WalletDifference> Differences, IReadOnlyList<Guid> UnbalancedPostings)
{
    public bool Holds => Differences.Count == 0 && UnbalancedPostings.Count == 0;

    public string Summary => Holds
        ? $"Ledger check passed: {Postings} postings, {Wallets} wallets, every wallet equals its entries and every posting sums to zero."
        : $"Ledger check FAILED: {Differences.Count} wallet(s) differ from the ledger, {UnbalancedPostings.Count} posting(s) do not sum to zero.";
}
