using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Finance.Disputes;

/// <summary>
/// The admins' list of disputes (decision 221): open ones first, soonest evidence deadline first, then closed ones, newest
/// first — with the amount, what was bought, the seller and the buyer. Admins only (checked here and by the read policy).
/// </summary>
public sealed class DisputeQueries(IDbContextFactory<AppDbContext> contexts, ICurrentUser user)
{
    public const int PageSize = 100;

    public async Task<IReadOnlyList<DisputeRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        if (!user.IsAdmin) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.SqlQuery<DisputeRow>($"""
            SELECT t.id AS transaction_id, t.metadata ->> 'dispute_id' AS dispute_id, t.metadata ->> 'dispute_status' AS status,
                   coalesce((t.metadata ->> 'dispute_amount')::bigint, t.amount_total) AS amount_cents, t.amount_seller,
                   coalesce(t.metadata ->> 'product_title', '') AS title, coalesce(t.metadata ->> 'dispute_reason', '') AS reason,
                   s.username AS seller, b.username AS buyer,
                   (t.metadata ->> 'dispute_evidence_due_by')::timestamptz AS evidence_due_by,
                   (t.metadata ->> 'dispute_opened_at')::timestamptz AS opened_at,
                   (t.metadata ->> 'dispute_closed_at')::timestamptz AS closed_at
            FROM transactions t
            LEFT JOIN user_profiles s ON s.user_id = t.seller_id
            LEFT JOIN user_profiles b ON b.user_id = t.buyer_id
            WHERE t.metadata ? 'dispute_id'
            ORDER BY (t.metadata ->> 'dispute_status') = 'open' DESC, (t.metadata ->> 'dispute_evidence_due_by') NULLS LAST,
                     (t.metadata ->> 'dispute_opened_at') DESC
            LIMIT {PageSize}
            """).ToListAsync(cancellationToken);
    }
}

/// <summary>One dispute in the admins' list (cents; status open, won or lost).</summary>
public sealed record DisputeRow(
    Guid TransactionId, string DisputeId, string Status, long AmountCents, int AmountSeller, string Title, string Reason, string? Seller, string? Buyer,
    DateTimeOffset? EvidenceDueBy, DateTimeOffset? OpenedAt, DateTimeOffset? ClosedAt)
{
    public bool IsOpen => Status == PaymentDisputes.Open;
}
