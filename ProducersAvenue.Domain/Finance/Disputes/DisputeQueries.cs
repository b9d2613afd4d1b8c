using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Finance.Disputes;

/// <summary>
/// The admins' list of disputes (decision 221): open ones first, soonest evidence deadline first, then closed ones, newest
/// first — with the amount, what was bought (and where: the order, or the product's page), the seller and the buyer,
/// <see cref="PageSize"/> more at a time, and how many are open and closed in all. Admins only (checked here and by the read
/// policy).
/// </summary>
public sealed class DisputeQueries(IDbContextFactory<AppDbContext> contexts, ICurrentUser user)
{
    public const int PageSize = 50;

    /// <summary>The first <paramref name="shown"/> disputes in the list's order, with the counts of all of them.</summary>
    public async Task<DisputeList> ListAsync(int shown = PageSize, CancellationToken cancellationToken = default)
    {
        if (!user.IsAdmin) return DisputeList.Empty;
        var take = Math.Max(shown, 1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = await db.Database.SqlQuery<DisputeCounts>($"""
            SELECT count(*) FILTER (WHERE t.metadata ->> 'dispute_status' = 'open')::int AS open_count,
                   count(*) FILTER (WHERE t.metadata ->> 'dispute_status' IS DISTINCT FROM 'open')::int AS closed_count
            FROM transactions t
            WHERE t.metadata ? 'dispute_id'
            """).SingleAsync(cancellationToken);
        var rows = await db.Database.SqlQuery<DisputeRow>($"""
            SELECT t.id AS transaction_id, t.metadata ->> 'dispute_id' AS dispute_id, t.metadata ->> 'dispute_status' AS status,
                   coalesce((t.metadata ->> 'dispute_amount')::bigint, t.amount_total) AS amount_cents, t.amount_seller,
                   coalesce(t.metadata ->> 'product_title', '') AS title, coalesce(t.metadata ->> 'dispute_reason', '') AS reason,
                   s.username AS seller, b.username AS buyer,
                   (t.metadata ->> 'dispute_evidence_due_by')::timestamptz AS evidence_due_by,
                   (t.metadata ->> 'dispute_opened_at')::timestamptz AS opened_at,
                   (t.metadata ->> 'dispute_closed_at')::timestamptz AS closed_at,
                   t.status::text AS payment_status, t.transaction_type::text AS transaction_type, t.related_id, p.slug AS product_slug
            FROM transactions t
            LEFT JOIN user_profiles s ON s.user_id = t.seller_id
            LEFT JOIN user_profiles b ON b.user_id = t.buyer_id
            LEFT JOIN products p ON p.id = t.related_id AND t.transaction_type = 'product_purchase'
            WHERE t.metadata ? 'dispute_id'
            ORDER BY (t.metadata ->> 'dispute_status') = 'open' DESC, (t.metadata ->> 'dispute_evidence_due_by') NULLS LAST,
                     (t.metadata ->> 'dispute_opened_at') DESC
            LIMIT {take + 1}
            """).ToListAsync(cancellationToken);
        return new DisputeList(rows.Take(take).ToList(), counts.OpenCount, counts.ClosedCount, rows.Count > take);
    }

    private sealed record DisputeCounts(int OpenCount, int ClosedCount);
}

/// <summary>The disputes shown, how many are open and closed in all, and whether there are more to show.</summary>
public sealed record DisputeList(IReadOnlyList<DisputeRow> Rows, int Open, int Closed, bool HasMore)
{
    public static readonly DisputeList Empty = new([], 0, 0, false);
}

/// <summary>One dispute in the admins' list (cents; status open, won or lost).</summary>
public sealed record DisputeRow(
    Guid TransactionId, string DisputeId, string Status, long AmountCents, int AmountSeller, string Title, string Reason, string? Seller, string? Buyer,
    DateTimeOffset? EvidenceDueBy, DateTimeOffset? OpenedAt, DateTimeOffset? ClosedAt, string PaymentStatus, string TransactionType,
    Guid? RelatedId, string? ProductSlug)
{
    public bool IsOpen => Status == PaymentDisputes.Open;

    /// <summary>The disputed payment's service order (its page shows the dispute to both parties), or null for a product.</summary>
    public Guid? OrderId => TransactionType == EnumText<Finance.TransactionType>.ToText(Finance.TransactionType.ServicePurchase) ? RelatedId : null;

    /// <summary>Where what was bought is: the order's page, or the product's while it has one.</summary>
    public string? ItemUrl => OrderId is { } order ? $"/orders/{order}" : ProductSlug is { } slug ? $"/market/products/{slug}" : null;

    /// <summary>The payment itself in the admins' list of payments.</summary>
    public string PaymentUrl => $"/admin/transactions?payment={TransactionId}";

    /// <summary>
    /// The payment was refunded (by us, before the bank's dispute reached us): the buyer has their money back, the refund is
    /// the evidence to send, and a lost dispute takes nothing more here (<see cref="SaleReversal.IsReversible"/>).
    /// </summary>
    public bool WasRefunded => PaymentStatus == "refunded" && Status != PaymentDisputes.Lost;
}
