using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Finance.Transactions;

/// <summary>
/// The admins' list of payments: newest first, searched by what was bought or by the buyer's or seller's username, and
/// filtered by status, <see cref="PageSize"/> more at a time. Admins only (checked here and by the read policy).
/// </summary>
public sealed class TransactionQueries(IDbContextFactory<AppDbContext> contexts, ICurrentUser user)
{
    public const int PageSize = 50;
    public const int SearchMaxLength = 100;

    /// <summary>
    /// The newest <paramref name="shown"/> payments that match (the page asks for more as the admin reads on); with
    /// <paramref name="payment"/>, that one payment (a link from a dispute).
    /// </summary>
    public async Task<TransactionPage> SearchAsync(string? search, TransactionStatus? status, int shown = PageSize, Guid? payment = null,
        CancellationToken cancellationToken = default)
    {
        if (!user.IsAdmin) return TransactionPage.Empty;
        var take = Math.Max(shown, 1);
        // "@lena_keys", as the table writes a member, finds lena_keys.
        var text = TextInput.Clean(search)?.Trim().TrimStart('@') ?? "";
        if (text.Length > SearchMaxLength) text = text[..SearchMaxLength];
        var pattern = LikePattern.Containing(text);
        var statusText = status is { } s ? EnumText<TransactionStatus>.ToText(s) : null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Database.SqlQuery<AdminTransactionRow>($"""
            SELECT t.id, t.created_at, t.transaction_type, t.status, t.payment_processor, coalesce(t.metadata ->> 'product_title', '') AS title,
                   b.username AS buyer, s.username AS seller, t.amount_total, t.amount_fees, t.amount_commission, t.amount_seller
            FROM transactions t
            LEFT JOIN user_profiles b ON b.user_id = t.buyer_id
            LEFT JOIN user_profiles s ON s.user_id = t.seller_id
            WHERE ({statusText}::text IS NULL OR t.status = {statusText}) AND ({payment}::uuid IS NULL OR t.id = {payment})
              AND ({text} = '' OR coalesce(t.metadata ->> 'product_title', '') ILIKE {pattern} OR b.username ILIKE {pattern} OR s.username ILIKE {pattern})
            ORDER BY t.created_at DESC, t.id DESC
            LIMIT {take + 1}
            """).ToListAsync(cancellationToken);
        return new TransactionPage(rows.Take(take).ToList(), rows.Count > take);
    }
}

/// <summary>The payments shown and whether there are more.</summary>
public sealed record TransactionPage(IReadOnlyList<AdminTransactionRow> Rows, bool HasMore)
{
    public static readonly TransactionPage Empty = new([], false);
}

/// <summary>One payment in the admins' list (cents).</summary>
public sealed record AdminTransactionRow(
    Guid Id, DateTimeOffset CreatedAt, string TransactionType, string Status, string PaymentProcessor, string Title, string? Buyer, string? Seller,
    int AmountTotal, int AmountFees, int AmountCommission, int AmountSeller)
{
    /// <summary>A sale of a product or a service order that an admin may refund (<see cref="Refunds.SaleReversal.IsRefundable"/>).</summary>
    public bool IsRefundable => EnumText<Finance.TransactionType>.TryParse(TransactionType, out var type)
                                && EnumText<TransactionStatus>.TryParse(Status, out var status)
                                && Refunds.SaleReversal.IsRefundable(type, status);

    /// <summary>
    /// A payment that split nothing in the end: a checkout closed without a charge (no fee was paid, whatever the amounts
    /// planned at checkout say), or a refunded one (the ledger reversed its fee, commission and seller's share, or never
    /// took them). The seller's wallet shows such a row without them; the admin list does too.
    /// </summary>
    public bool KeptNothing => Status == EnumText<TransactionStatus>.ToText(TransactionStatus.Failed)
                               || Status == EnumText<TransactionStatus>.ToText(TransactionStatus.Refunded);

    /// <summary>A service order's payment (its refund cancels a running order), not a product's.</summary>
    public bool IsOrder => TransactionType == EnumText<Finance.TransactionType>.ToText(Finance.TransactionType.ServicePurchase);
}
