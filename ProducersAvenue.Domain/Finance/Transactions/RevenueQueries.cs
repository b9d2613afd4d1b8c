using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Finance.Transactions;

/// <summary>
/// Revenue and fees over time for admins: per day (the last 30 days) or per week (the last 26 weeks), the platform's
/// commission on sales, what members paid for plans, and processor fees as the ledger recorded them (net of refunds, which
/// reverse them), and the gross volume of payments completed in the period. Both commission and plan payments credit
/// <c>platform_revenue</c>; a plan's entries are told apart by their payment's type. Admins only (checked here and by the
/// read policies).
/// </summary>
public sealed class RevenueQueries(IDbContextFactory<AppDbContext> contexts, ICurrentUser user)
{
    public const int Days = 30;
    public const int Weeks = 26;

    public async Task<IReadOnlyList<RevenuePeriod>> OverTimeAsync(RevenueGrouping grouping, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (!user.IsAdmin) return [];
        var unit = grouping == RevenueGrouping.Week ? "week" : "day";
        var from = grouping == RevenueGrouping.Week ? now.AddDays(-7 * (Weeks - 1)) : now.AddDays(-(Days - 1));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.SqlQuery<RevenuePeriod>($"""
            WITH periods AS (
              SELECT generate_series(date_trunc({unit}, {from}, 'UTC'), date_trunc({unit}, {now}, 'UTC'), make_interval(days => CASE WHEN {unit} = 'week' THEN 7 ELSE 1 END)) AS starts_at
            ), ledger AS (
              SELECT date_trunc({unit}, e.created_at, 'UTC') AS starts_at,
                     -sum(e.amount) FILTER (WHERE e.account = 'platform_revenue' AND t.transaction_type IS DISTINCT FROM 'subscription_payment') AS commission,
                     -sum(e.amount) FILTER (WHERE e.account = 'platform_revenue' AND t.transaction_type = 'subscription_payment') AS plans,
                     -sum(e.amount) FILTER (WHERE e.account = 'processor_fees') AS fees
              FROM ledger_entries e
              JOIN ledger_postings lp ON lp.id = e.posting_id
              LEFT JOIN transactions t ON t.id = lp.transaction_id
              WHERE e.created_at >= date_trunc({unit}, {from}, 'UTC') AND e.account IN ('platform_revenue', 'processor_fees')
              GROUP BY 1
            ), volume AS (
              SELECT date_trunc({unit}, t.completed_at, 'UTC') AS starts_at, sum(t.amount_total) AS gross
              FROM transactions t
              WHERE t.completed_at >= date_trunc({unit}, {from}, 'UTC') AND t.status IN ('completed', 'refunded', 'disputed')
                AND t.transaction_type <> 'payout'
              GROUP BY 1
            )
            SELECT p.starts_at, coalesce(l.commission, 0)::bigint AS commission_cents, coalesce(l.plans, 0)::bigint AS plans_cents, coalesce(l.fees, 0)::bigint AS fees_cents,
                   coalesce(v.gross, 0)::bigint AS gross_cents
            FROM periods p LEFT JOIN ledger l ON l.starts_at = p.starts_at LEFT JOIN volume v ON v.starts_at = p.starts_at
            ORDER BY p.starts_at
            """).ToListAsync(cancellationToken);
    }
}

/// <summary>How the revenue chart groups its bars.</summary>
public enum RevenueGrouping
{
    Day,
    Week,
}

/// <summary>One bar group of the revenue chart (cents): commission kept on sales, plan payments, processor fees, and gross volume paid.</summary>
public sealed record RevenuePeriod(DateTimeOffset StartsAt, long CommissionCents, long PlansCents, long FeesCents, long GrossCents);
