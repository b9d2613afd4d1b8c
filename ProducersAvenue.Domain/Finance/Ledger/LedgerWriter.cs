using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Finance.Ledger;

/// <summary>
/// Writes a posting and moves the wallet balances it touches, in the caller's unit of work (decision 190): the one way
/// money moves. A posting made twice (the same sale, clearing or payout step) is recorded once — the second call reports
/// <see cref="PostingOutcome.AlreadyPosted"/> and changes nothing. A wallet that would go below zero refuses the whole
/// posting: the conditional update is the rule, the check constraint the last line behind it.
/// </summary>
public sealed class LedgerWriter(TimeProvider clock)
{
    public async Task<Result<PostingOutcome>> PostAsync(AppDbContext db, LedgerPosting posting, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var kind = EnumText<PostingKind>.ToText(posting.Kind);
        var inserted = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO ledger_postings (id, kind, transaction_id, payout_id, memo, created_at)
            VALUES ({posting.Id}, {kind}, {posting.TransactionId}, {posting.PayoutId}, {posting.Memo}, {now})
            ON CONFLICT DO NOTHING
            """, cancellationToken);
        if (inserted == 0) return PostingOutcome.AlreadyPosted;

        var accounts = posting.Entries.Select(e => EnumText<LedgerAccount>.ToText(e.Account)).ToArray();
        var users = posting.Entries.Select(e => e.UserId).ToArray();
        var amounts = posting.Entries.Select(e => e.Amount).ToArray();
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO ledger_entries (posting_id, account, user_id, amount, created_at)
            SELECT {posting.Id}, x.account, x.user_id, x.amount, {now}
            FROM unnest({accounts}::text[], {users}::uuid[], {amounts}::bigint[]) AS x(account, user_id, amount)
            """, cancellationToken);

        // Wallets in a fixed order, so two postings that touch the same two wallets cannot deadlock.
        foreach (var wallet in posting.Entries.Where(e => e.IsWallet).GroupBy(e => e.UserId!.Value).OrderBy(g => g.Key))
        {
            // A wallet is what the platform owes its member: a credit (negative entry) raises the balance.
            var pending = -wallet.Where(e => e.Account == LedgerAccount.WalletPending).Sum(e => e.Amount);
            var available = -wallet.Where(e => e.Account == LedgerAccount.WalletAvailable).Sum(e => e.Amount);
            // …and a debit raises what the member owes the platform (decision 220).
            var debt = wallet.Where(e => e.Account == LedgerAccount.WalletDebt).Sum(e => e.Amount);
            var moved = await db.Database.ExecuteSqlInterpolatedAsync($"""
                UPDATE wallets SET balance_pending = balance_pending + {pending}, balance_available = balance_available + {available},
                                   debt_cents = debt_cents + {debt}, updated_at = {now}
                WHERE user_id = {wallet.Key} AND balance_pending + {pending} >= 0 AND balance_available + {available} >= 0 AND debt_cents + {debt} >= 0
                """, cancellationToken);
            if (moved == 0) return FinanceErrors.InsufficientFunds;
        }
        return PostingOutcome.Posted;
    }

    /// <summary>
    /// What <paramref name="userId"/> owes the platform, read under a lock on their wallet: a refund that raises the debt
    /// meanwhile waits for the posting that pays part of it.
    /// </summary>
    public static Task<int> DebtForUpdateAsync(AppDbContext db, Guid userId, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<int>($"""SELECT debt_cents AS "Value" FROM wallets WHERE user_id = {userId} FOR UPDATE""").SingleAsync(cancellationToken);
}

/// <summary>Whether a posting was written now or had been written before (an event applied again).</summary>
public enum PostingOutcome
{
    Posted,
    AlreadyPosted,
}
