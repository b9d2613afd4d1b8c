using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Finance.Ledger;
using ProducersAvenue.Domain.Finance.Payments;
using ProducersAvenue.Domain.Notifications;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Orders;

/// <summary>
/// A paid order, finished in the money path's unit (decisions 190, 200): the payment completes, the order is placed from
/// the snapshot the checkout kept (pending, with the package as it was), the sale is posted to the ledger with the
/// seller's amount pending — it is not released by date: <see cref="Finance.Wallets.WalletClearing"/> clears it 7 days
/// after the order completes — the wallet totals move, the timeline starts and the seller is told. All or nothing; once it
/// commits, open order lists hear of the new order (<see cref="IOrderBroadcaster"/>). A card payment that can no longer
/// place its order is refunded; a wallet payment is refused instead, and its unit writes nothing.
/// </summary>
public sealed class OrderPayment(LedgerWriter ledger, CardPaymentReturn cardReturn, OrderNotices notices, IOrderBroadcaster broadcaster, TimeProvider clock,
    IOptions<MoneyOptions> money)
{
    public async Task<Result<PaymentEventOutcome>> CompleteAsync(AppDbContext db, FinancialTransaction sale, string? paymentIntentId, string? chargeId,
        CancellationToken cancellationToken)
    {
        if (!UnitOfWork.IsOpen) throw new InvalidOperationException("An order is paid inside the money path's unit of work.");
        if (sale.RelatedId is not { } orderId || sale.SellerId is not { } seller || OrderSnapshot.Read(sale) is not { } snapshot)
            throw new InvalidOperationException($"Transaction {sale.Id} is not an order payment.");
        var now = clock.GetUtcNow();
        var completed = sale.Complete(now, paymentIntentId, chargeId);
        if (!completed.Succeeded) return completed.FirstError!;
        var byWallet = sale.PaymentProcessor == PaymentProcessor.Wallet;
        if (!await StillOrderableAsync(db, snapshot.ServiceId, cancellationToken))
        {
            if (byWallet) return OrdersErrors.ServiceNotOrderable;
            // Paid through a checkout opened before the seller paused, deleted or lost the service (or was banned): no
            // order the seller did not mean to take; the card payment goes back in full.
            return await cardReturn.GiveBackAsync(db, sale, "service_unavailable", OrdersErrors.StoppedBeforePayment, $"“{sale.Noted("product_title")}”",
                new NotificationRequest(sale.BuyerId, NotificationType.Order, $"Your payment for “{sale.Noted("product_title")}” is refunded",
                    "The service stopped taking orders before your payment went through, so the full amount goes back to your card.", "/orders", null, null),
                cancellationToken);
        }
        if (await PaymentParties.BlockedAsync(db, sale.BuyerId, seller, cancellationToken))
        {
            if (byWallet) return OrdersErrors.Blocked;
            // A block made after the checkout opened (decision 136): no order across it; the card payment goes back in full.
            return await cardReturn.GiveBackAsync(db, sale, "blocked", OrdersErrors.Blocked, $"“{sale.Noted("product_title")}”",
                new NotificationRequest(sale.BuyerId, NotificationType.Order, $"Your payment for “{sale.Noted("product_title")}” is refunded",
                    "You can no longer order from this seller, so the full amount goes back to your card.", "/orders", null, null), cancellationToken);
        }

        var placed = Order.Place(orderId, snapshot.ServiceId, sale.BuyerId, seller, snapshot.PackageName, sale.AmountTotal / 100m,
            snapshot.DeliveryDays, snapshot.RevisionsIncluded, snapshot.Requirements, snapshot.RequirementFiles,
            snapshot.RequirementFileNames);
        if (!placed.Succeeded) return placed.FirstError!;
        var order = placed.Value!;
        db.Orders.Add(order);
        await db.SaveChangesAsync(cancellationToken);
        await OrderTimeline.RecordAsync(db, order.Id, sale.BuyerId, OrderEventKind.Placed, $"Paid {Money.Format(sale.AmountTotal)}", now, cancellationToken);

        var posted = await ledger.PostAsync(db, LedgerPosting.Sale(sale.Id, sale.BuyerId, seller, sale.PaymentProcessor, sale.AmountTotal, sale.AmountFees,
            sale.AmountCommission, sale.AmountSeller, $"Order {order.Id} (“{order.PackageName}”)"), cancellationToken);
        if (!posted.Succeeded) return posted.FirstError!;
        var byCard = sale.PaymentProcessor == PaymentProcessor.Stripe ? sale.AmountSeller : 0;
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            UPDATE wallets SET total_earned = total_earned + {sale.AmountSeller}, total_earned_stripe = total_earned_stripe + {byCard}, updated_at = {now}
            WHERE user_id = {seller}
            """, cancellationToken);
        if (byWallet)
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE wallets SET total_spent_on_platform = total_spent_on_platform + {sale.AmountTotal}, updated_at = {now} WHERE user_id = {sale.BuyerId}",
                cancellationToken);

        var parties = await OrderNotices.PartiesAsync(db, order.Id, cancellationToken);
        var buyer = parties?.BuyerUsername is { } name ? $"@{name}" : "A member";
        await notices.TellAsync(order, seller, sale.BuyerId, $"{buyer} ordered “{parties?.ServiceTitle}” ({order.PackageName})",
            $"You receive {Money.Format(sale.AmountSeller)}: it is held until the order completes and is yours to withdraw {money.Value.ClearingDays} days after. Read the requirements and start when you are ready.", cancellationToken);
        await notices.TellAsync(order, sale.BuyerId, null, $"Your order of “{parties?.ServiceTitle}” is placed",
            $"You paid {Money.Format(sale.AmountTotal)}. The seller starts work from your requirements; the money is held until you accept the delivery.",
            cancellationToken);
        UnitOfWork.AfterCommit(() => broadcaster.Publish(order.Id));
        return new PaymentEventOutcome(PaymentEventEffect.Completed, order.Id.ToString());
    }

    /// <summary>Whether the service still takes orders: active and its seller not banned (<c>service_takes_orders</c>: the
    /// jobs role reads no service itself).</summary>
    private static async Task<bool> StillOrderableAsync(AppDbContext db, Guid serviceId, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<bool>($"SELECT service_takes_orders({serviceId}) AS \"Value\"").SingleAsync(cancellationToken);
}
