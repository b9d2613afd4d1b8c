using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance.Ledger;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Finance.Refunds;

/// <summary>
/// A sale given back in full, in the money path's unit — the one rule behind an admin's refund, a refund made at the
/// processor (<c>charge.refunded</c>), a lost dispute (decisions 193, 220, 221) and a cancelled service order (decision
/// 200), for products and service orders alike. The sale's posting is reversed: the seller's amount comes from pending
/// while the hold lasts and from available after it, and the part that balance no longer covers becomes the seller's debt
/// to the platform, paid from their next cleared earnings. The payment is marked refunded, the earned and spent totals
/// follow, and both are told (a cancelled order's parties are told by the order flow). A product's buyer loses access (and
/// may buy again); a service order that is still running ends cancelled, and its timeline shows the refund.
/// </summary>
public sealed class SaleReversal(LedgerWriter ledger, INotifier notifier, TimeProvider clock)
{
    public async Task<Result<SaleReversed>> ReverseAsync(AppDbContext db, FinancialTransaction sale, ReversalCause cause, CancellationToken cancellationToken)
    {
        if (!UnitOfWork.IsOpen) throw new InvalidOperationException("A sale is reversed inside the money path's unit of work.");
        if (!IsReversible(sale) || sale.SellerId is not { } seller) return FinanceErrors.NotRefundable;
        var isOrder = sale.TransactionType == TransactionType.ServicePurchase;
        var now = clock.GetUtcNow();
        var cleared = await db.Database.SqlQuery<bool>($"""
            SELECT EXISTS (SELECT 1 FROM ledger_postings WHERE transaction_id = {sale.Id} AND kind = 'clearing') AS "Value"
            """).SingleAsync(cancellationToken);
        // The seller's wallet is locked while its balance is read, so the part it covers is still there when it is posted.
        var balance = await db.Database.SqlQuery<int>($"""
            SELECT CASE WHEN {cleared} THEN balance_available ELSE balance_pending END AS "Value" FROM wallets WHERE user_id = {seller} FOR UPDATE
            """).SingleAsync(cancellationToken);
        var debt = Math.Max(0, sale.AmountSeller - balance);
        var title = isOrder
            ? sale.Noted("product_title") ?? "a service order"
            : await db.Database.SqlQuery<string>($"""
                SELECT product_title AS "Value" FROM product_acquisitions WHERE transaction_id = {sale.Id}
                """).FirstOrDefaultAsync(cancellationToken) ?? "a product";

        var posted = await ledger.PostAsync(db, LedgerPosting.Refund(sale.Id, sale.BuyerId, seller, sale.PaymentProcessor, sale.AmountTotal,
            sale.AmountFees, sale.AmountCommission, sale.AmountSeller, cleared, debt, $"{Memo(cause)} of “{title}”"), cancellationToken);
        if (!posted.Succeeded) return posted.FirstError!;
        if (posted.Value == PostingOutcome.AlreadyPosted) return new SaleReversed(cleared, 0, AlreadyDone: true);
        var refunded = sale.Refund(now);
        if (!refunded.Succeeded) return refunded.FirstError!;
        await db.SaveChangesAsync(cancellationToken);

        if (isOrder && sale.RelatedId is { } orderId)
        {
            // An order the processor or an admin refunded ends cancelled if it was still running; the order flow's own
            // cancellation has already moved it. Either way its timeline shows the refund.
            if (cause != ReversalCause.OrderCancelled && await db.Database.ExecuteSqlInterpolatedAsync($"""
                    UPDATE orders SET status = 'cancelled', cancelled_at = {now}, cancellation_reason = {Memo(cause)}, updated_at = {now}
                    WHERE id = {orderId} AND status NOT IN ('completed', 'cancelled')
                    """, cancellationToken) == 1)
                await Orders.OrderTimeline.RecordAsync(db, orderId, null, Orders.OrderEventKind.Cancelled, Memo(cause), now, cancellationToken);
            await Orders.OrderTimeline.RecordAsync(db, orderId, null, Orders.OrderEventKind.Refunded, Money.Format(sale.AmountTotal), now, cancellationToken);
        }
        else
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE product_acquisitions SET revoked_at = {now} WHERE transaction_id = {sale.Id} AND revoked_at IS NULL", cancellationToken);
        var byCard = sale.PaymentProcessor == PaymentProcessor.Stripe ? sale.AmountSeller : 0;
        var byPaypal = sale.PaymentProcessor == PaymentProcessor.Paypal ? sale.AmountSeller : 0;
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            UPDATE wallets SET total_earned = total_earned - {sale.AmountSeller}, total_earned_stripe = total_earned_stripe - {byCard},
                               total_earned_paypal = total_earned_paypal - {byPaypal}, updated_at = {now}
            WHERE user_id = {seller}
            """, cancellationToken);
        if (sale.PaymentProcessor == PaymentProcessor.Wallet)
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE wallets SET total_spent_on_platform = total_spent_on_platform - {sale.AmountTotal}, updated_at = {now} WHERE user_id = {sale.BuyerId}",
                cancellationToken);

        if (cause == ReversalCause.OrderCancelled) return new SaleReversed(cleared, debt, AlreadyDone: false);
        var amount = Money.Format(sale.AmountTotal);
        var where = sale.PaymentProcessor == PaymentProcessor.Wallet ? "It is back in your wallet." : "It goes back to your card.";
        var balanceName = cleared ? "available" : "pending";
        var sellerBody = debt == 0
            ? $"{Money.Format(sale.AmountSeller)} left your {balanceName} balance."
            : $"{Money.Format(sale.AmountSeller - debt)} left your {balanceName} balance and you owe {Money.Format(debt)}: it is paid from your next earnings, and payouts wait until it is settled.";
        await notifier.NotifyManyAsync(
        [
            new NotificationRequest(sale.BuyerId, NotificationType.Order, cause == ReversalCause.DisputeLost
                ? $"Your dispute about “{title}” was decided for you" : $"Your payment of {amount} for “{title}” is refunded", where, "/wallet", null, sale.RelatedId),
            new NotificationRequest(seller, NotificationType.Order, cause == ReversalCause.DisputeLost
                ? $"You lost the dispute about a sale of “{title}”" : $"A sale of “{title}” was refunded", sellerBody, "/wallet", null, sale.RelatedId),
        ], cancellationToken);
        return new SaleReversed(cleared, debt, AlreadyDone: false);
    }

    /// <summary>
    /// Whether <paramref name="sale"/> is a completed (or disputed) sale of a product or a service order, which can be given
    /// back: by the processor's word (a refund made there, a lost dispute). Our own refunds ask <see cref="IsRefundable"/>.
    /// </summary>
    public static bool IsReversible(FinancialTransaction sale) => IsReversible(sale.TransactionType, sale.Status);

    /// <summary>Whether a payment of this type in this status can be given back (<see cref="IsReversible(FinancialTransaction)"/>).</summary>
    public static bool IsReversible(TransactionType type, TransactionStatus status) =>
        type is TransactionType.ProductPurchase or TransactionType.ServicePurchase
        && status is TransactionStatus.Completed or TransactionStatus.Disputed;

    /// <summary>
    /// Whether the platform may refund a payment of this type in this status — an admin's refund, a cancelled order: a
    /// completed sale. A disputed one is the bank's to decide: it has taken the money back for the dispute, a refund on top
    /// would pay the buyer twice (and the processor refuses to refund a disputed charge).
    /// </summary>
    public static bool IsRefundable(TransactionType type, TransactionStatus status) =>
        IsReversible(type, status) && status == TransactionStatus.Completed;

    private static string Memo(ReversalCause cause) => cause switch
    {
        ReversalCause.RefundedAtProcessor => "Refund at the processor",
        ReversalCause.DisputeLost => "Dispute lost",
        ReversalCause.OrderCancelled => "Refund of the cancelled order",
        _ => "Refund",
    };
}

/// <summary>Why a sale is given back.</summary>
public enum ReversalCause
{
    /// <summary>An admin refunded it here.</summary>
    Refund,
    /// <summary>Someone refunded it in the processor's dashboard (<c>charge.refunded</c>).</summary>
    RefundedAtProcessor,
    /// <summary>The buyer's bank decided the dispute for the buyer.</summary>
    DisputeLost,
    /// <summary>A service order was cancelled through the order flow, which tells its parties itself.</summary>
    OrderCancelled,
}

/// <summary>What a reversal took: from which balance, and how much of it became the seller's debt (cents).</summary>
public sealed record SaleReversed(bool FromAvailable, int DebtCents, bool AlreadyDone);
