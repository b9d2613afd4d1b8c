using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Finance.Wallets;

/// <summary>
/// What the wallet page shows its owner, read under their own view of the database (money rows are theirs only): the
/// balances and totals, the sales still in escrow with their release dates, every payment in and out with its fee
/// breakdown, and earnings per month.
/// </summary>
public sealed class WalletQueries(IDbContextFactory<AppDbContext> contexts, ICurrentUser user, IOptions<MoneyOptions> options)
{
    public const int PageSize = 20;

    public async Task<WalletSummary?> SummaryAsync(CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var wallet = await db.Wallets.AsNoTracking().FirstOrDefaultAsync(w => w.UserId == me, cancellationToken);
        if (wallet is null) return null;
        var debt = await db.Database.SqlQuery<int>($"""SELECT debt_cents AS "Value" FROM wallets WHERE user_id = {me}""").SingleAsync(cancellationToken);
        return new WalletSummary(wallet.BalanceAvailable, wallet.BalancePending, wallet.TotalEarned, wallet.TotalEarnedStripe,
            wallet.TotalEarnedPaypal, wallet.TotalWithdrawn, wallet.TotalSpentOnPlatform, wallet.PayoutsEnabled, options.Value.PayoutMinimumCents,
            options.Value.ClearingDays, debt);
    }

    /// <summary>
    /// The member's sales still in escrow, soonest release first: products and webinars clear their hold after the payment,
    /// a service order's proceeds after the order completes (as <see cref="WalletClearing"/> releases them), so an order not
    /// completed yet has no date and comes last, with a disputed sale, held until the bank decides (decision 221): the
    /// list adds up to the pending balance.
    /// </summary>
    public async Task<IReadOnlyList<PendingRelease>> PendingAsync(CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var days = options.Value.ClearingDays;
        return await db.Database.SqlQuery<PendingRelease>($"""
            SELECT t.id, coalesce(t.metadata ->> 'product_title', 'Sale') AS title, t.amount_seller,
                   CASE WHEN t.status = 'disputed' THEN NULL
                        WHEN t.transaction_type = 'service_purchase' THEN o.completed_at ELSE t.completed_at END
                     + make_interval(days => {days}) AS releases_at,
                   t.status = 'disputed' AS disputed
            FROM transactions t
            LEFT JOIN orders o ON t.transaction_type = 'service_purchase' AND o.id = t.related_id AND o.status = 'completed'
            WHERE t.seller_id = {me} AND t.status IN ('completed', 'disputed') AND t.amount_seller > 0
              AND t.transaction_type IN ('product_purchase', 'webinar_registration', 'service_purchase')
              AND NOT EXISTS (SELECT 1 FROM ledger_postings p WHERE p.transaction_id = t.id AND p.kind = 'clearing')
            ORDER BY releases_at NULLS LAST, t.completed_at, t.id
            LIMIT 100
            """).ToListAsync(cancellationToken);
    }

    /// <summary>Every payment the member made or received, newest first, <see cref="PageSize"/> at a time.</summary>
    public async Task<KeysetPage<WalletActivity>> ActivityAsync(string? cursor = null, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return KeysetPage<WalletActivity>.Empty;
        var after = TimeCursor.Decode(cursor) ?? Newest;
        var rows = await ReadActivityAsync(me, after, PageSize + 1, cancellationToken);
        var items = rows.Take(PageSize).ToList();
        var next = rows.Count > PageSize ? new TimeCursor(items[^1].CreatedAt, items[^1].Id).Encode() : null;
        return new KeysetPage<WalletActivity>(items, next);
    }

    /// <summary>
    /// The member's payments for the download (<see cref="PaymentsCsv"/>), newest first: all of them up to
    /// <see cref="ExportLimit"/>, which no member comes near (a seller with a sale an hour for ten years has 87,600).
    /// </summary>
    public async Task<IReadOnlyList<WalletActivity>> AllActivityAsync(CancellationToken cancellationToken = default) =>
        user.UserId is { } me ? await ReadActivityAsync(me, Newest, ExportLimit, cancellationToken) : [];

    public const int ExportLimit = 100_000;
    private static readonly TimeCursor Newest = new(DateTimeOffset.MaxValue, Guid.Parse("ffffffff-ffff-ffff-ffff-ffffffffffff"));

    private async Task<List<WalletActivity>> ReadActivityAsync(Guid me, TimeCursor after, int limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.SqlQuery<WalletActivity>($"""
            SELECT t.id, t.created_at, t.transaction_type, t.status, t.payment_processor,
                   coalesce(t.seller_id = {me}, false) AS is_sale, -- a plan payment has no seller
                   coalesce(t.metadata ->> 'product_title', '') AS title, t.amount_total, t.amount_fees, t.amount_commission,
                   t.amount_seller, t.commission_rate
            FROM transactions t
            WHERE (t.buyer_id = {me} OR t.seller_id = {me}) AND t.status <> 'pending'
              -- A payment refunded the moment it arrived (the exclusive went to someone else, the buyer owned the product already,
              -- or the seller had taken it off sale) never was the seller's sale, nor was a payment that failed: the buyer sees
              -- them, the seller does not.
              AND NOT (t.seller_id = {me} AND (t.status = 'failed' OR coalesce(t.metadata ->> 'refund_reason', '') IN ('exclusive_sold', 'already_owned', 'withdrawn')))
              AND (t.created_at, t.id) < ({after.CreatedAt}, {after.Id})
            ORDER BY t.created_at DESC, t.id DESC
            LIMIT {limit}
            """).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The member's earnings (their amount of each completed sale, and of a disputed one until the bank takes it back: as
    /// the all-time total counts them) per month, the last twelve months, oldest first.
    /// </summary>
    public async Task<IReadOnlyList<MonthlyEarnings>> EarningsByMonthAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return [];
        var start = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(-11);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Database.SqlQuery<MonthlyEarnings>($"""
            SELECT date_trunc('month', t.completed_at, 'UTC') AS month, sum(t.amount_seller)::bigint AS amount
            FROM transactions t
            WHERE t.seller_id = {me} AND t.status IN ('completed', 'disputed') AND t.completed_at >= {start}
            GROUP BY 1 ORDER BY 1
            """).ToListAsync(cancellationToken);
        return [.. Enumerable.Range(0, 12).Select(i => start.AddMonths(i))
            .Select(m => rows.FirstOrDefault(r => r.Month.Year == m.Year && r.Month.Month == m.Month) ?? new MonthlyEarnings(m, 0))];
    }
}

public sealed record WalletSummary(
    int AvailableCents, int PendingCents, int TotalEarnedCents, int EarnedByCardCents, int EarnedByPaypalCents, int TotalWithdrawnCents,
    int TotalSpentCents, bool PayoutsEnabled, int PayoutMinimumCents, int ClearingDays, int DebtCents)
{
    /// <summary>Earned from buyers who paid with their wallet balance: the part of the total neither card nor PayPal.</summary>
    public int EarnedByWalletCents => Math.Max(0, TotalEarnedCents - EarnedByCardCents - EarnedByPaypalCents);
}

/// <summary>A sale's amount in escrow and when it becomes available: a sale on hold; <paramref name="ReleasesAt"/> is null for a service order not completed yet.</summary>
/// <summary>A sale in escrow: when it becomes available (null: when its order completes, or, <see cref="Disputed"/>, when the bank decides).</summary>
public sealed record PendingRelease(Guid Id, string Title, int AmountSeller, DateTimeOffset? ReleasesAt, bool Disputed = false);

/// <summary>One payment on the wallet page: a purchase the member made, or a sale with the fees it paid.</summary>
public sealed record WalletActivity(
    Guid Id, DateTimeOffset CreatedAt, string TransactionType, string Status, string PaymentProcessor, bool IsSale, string Title,
    int AmountTotal, int AmountFees, int AmountCommission, int AmountSeller, decimal? CommissionRate)
{
    /// <summary>
    /// What the payment left the member, in cents: a sale's amount for its seller, a purchase's price taken from its buyer
    /// (negative) — and nothing when it failed (no money moved) or once it was refunded (the sale reversed, the money back
    /// with the buyer), so a column of these adds up to what the member really earned and spent.
    /// </summary>
    public int NetCents => !MoneyMoved ? 0 : IsSale ? AmountSeller : -AmountTotal;

    /// <summary>Whether the payment's fee and commission were taken from the member: a sale's, unless it failed or was
    /// refunded (those took nothing, so their rows add up to their zero net).</summary>
    public bool ChargedFees => IsSale && MoneyMoved;

    private bool MoneyMoved => Status is not ("refunded" or "failed");
}

public sealed record MonthlyEarnings(DateTimeOffset Month, long Amount);
