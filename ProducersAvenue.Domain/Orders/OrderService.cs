using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Finance;
using ProducersAvenue.Domain.Finance.Refunds;
using ProducersAvenue.Domain.Finance.Payments;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Orders;

/// <summary>
/// The moves of an order (decision 200). Each one: the member must see the order under their own view (only its buyer,
/// its seller and admins do), then one money-path unit locks the order row (<c>FOR UPDATE</c>: two clicks at once run one
/// after the other, and the second meets the state the first left), asks the order whether this member may make this
/// move now (<see cref="Order"/> refuses anything else with an <see cref="OrdersErrors"/> error), writes the timeline and
/// tells the other side; once it commits, open order pages hear of it (<see cref="IOrderBroadcaster"/>). A cancellation refunds the pending funds in the same unit through <see cref="SaleReversal"/>,
/// exactly once (the ledger posts one refund per transaction); the card is refunded at the processor after the commit.
/// </summary>
public sealed class OrderService(
    IDbContextFactory<AppDbContext> contexts, [FromKeyedServices(UnitOfWork.Jobs)] UnitOfWork money, ICurrentUser user, SaleReversal reversal,
    OrderNotices notices, IOrderBroadcaster broadcaster, IPaymentProcessor processor, IOptions<OrderOptions> options, TimeProvider clock, ILogger<OrderService> log)
{
    /// <summary>The timeline's note when a delivery ends the seller's own request to cancel (decision 289).</summary>
    public const string WithdrawnByDelivery = "Delivering ended the request to cancel.";
    /// <summary>The timeline's note when a revision request ends the buyer's own request to cancel (decision 289).</summary>
    public const string WithdrawnByRevision = "Asking for a revision ended the request to cancel.";

    public Task<Result> StartAsync(Guid orderId, CancellationToken cancellationToken = default) =>
        MoveAsync(orderId, async (db, order, actor, me, now, ct) =>
        {
            var restart = order.Status == OrderStatus.RevisionRequested;
            var moved = order.StartWork(actor, now);
            if (!moved.Succeeded) return moved;
            // The time left, not a clock time: these texts are written once and read in every member's time zone (and in
            // emails); beside each line the app writes when it happened on the reader's clock.
            var days = Counted.Of(order.DeliveryDays, "day");
            await OrderTimeline.RecordAsync(db, order.Id, me, OrderEventKind.Started, $"Due in {days}", now, ct);
            var service = await OrderNotices.ServiceTitleAsync(db, order, ct);
            await notices.TellAsync(order, order.BuyerId, me,
                restart ? $"The seller is working on your revision of “{service}”" : $"The seller started your order of “{service}”",
                $"Delivery is due within {days}.", ct);
            return moved;
        }, cancellationToken);

    public Task<Result> DeliverAsync(DeliverOrderCommand command, CancellationToken cancellationToken = default) =>
        MoveAsync(command.OrderId, async (db, order, actor, me, now, ct) =>
        {
            if (command.Files.Count > options.Value.MaxFiles) return OrdersErrors.TooManyFiles(options.Value.MaxFiles);
            if (!OrderFiles.AreOwnedBy(command.Files, me)) return OrdersErrors.FileNotAllowed;
            var askedToCancel = order.CancellationProposedBy == order.SellerId;
            var moved = order.Deliver(actor, command.Files, TextInput.Clean(command.Notes), now, command.FileNames);
            if (!moved.Succeeded) return moved;
            var files = command.Files.Count == 0 ? "" : $" ({Counted.Of(command.Files.Count, "file")})";
            await OrderTimeline.RecordAsync(db, order.Id, me, OrderEventKind.Delivered, (order.DeliveryNotes ?? "Delivered") + files, now, ct, order.DeliveryFiles,
                order.DeliveryFileNames);
            // The delivery ended the seller's own request to cancel (decision 289): the timeline says so, as a withdrawal.
            if (askedToCancel) await OrderTimeline.RecordAsync(db, order.Id, me, OrderEventKind.CancellationWithdrawn, WithdrawnByDelivery, now, ct);
            await notices.TellAsync(order, order.BuyerId, me, $"Your order of “{await OrderNotices.ServiceTitleAsync(db, order, ct)}” was delivered",
                $"Accept it or ask for a revision. Without an answer it completes by itself in {Counted.Of(options.Value.AutoCompleteDays, "day")}."
                + (askedToCancel ? " The seller no longer asks to cancel." : ""), ct);
            return moved;
        }, cancellationToken);

    public Task<Result> RequestRevisionAsync(Guid orderId, string? reason, CancellationToken cancellationToken = default)
    {
        reason = TextInput.Clean(reason);
        return MoveAsync(orderId, async (db, order, actor, me, now, ct) =>
        {
            var askedToCancel = order.CancellationProposedBy == order.BuyerId;
            var moved = order.RequestRevision(actor, reason, now);
            if (!moved.Succeeded) return moved;
            await OrderTimeline.RecordAsync(db, order.Id, me, OrderEventKind.RevisionRequested, reason!.Trim(), now, ct);
            if (askedToCancel) await OrderTimeline.RecordAsync(db, order.Id, me, OrderEventKind.CancellationWithdrawn, WithdrawnByRevision, now, ct);
            await notices.TellAsync(order, order.SellerId, me, $"The buyer asked for a revision of “{await OrderNotices.ServiceTitleAsync(db, order, ct)}”",
                $"Revision {order.RevisionsUsed} of {order.RevisionsIncluded}: {reason.Trim()}" + (askedToCancel ? " The buyer no longer asks to cancel." : ""), ct);
            return moved;
        }, cancellationToken);
    }

    public Task<Result> AcceptAsync(Guid orderId, CancellationToken cancellationToken = default) =>
        MoveAsync(orderId, async (db, order, actor, me, now, ct) =>
        {
            var moved = order.Accept(actor, now);
            if (!moved.Succeeded) return moved;
            await OrderTimeline.RecordAsync(db, order.Id, me, OrderEventKind.Accepted, null, now, ct);
            await notices.TellAsync(order, order.SellerId, me, $"The buyer accepted your delivery of “{await OrderNotices.ServiceTitleAsync(db, order, ct)}”",
                "The order is completed; your earnings clear 7 days from now.", ct);
            return moved;
        }, cancellationToken);

    /// <summary>Cancels (and refunds) the order, or proposes the cancellation to the other side (<see cref="Order.Cancel"/>).</summary>
    public async Task<Result<CancellationOutcome>> CancelAsync(Guid orderId, string? reason, CancellationToken cancellationToken = default)
    {
        reason = TextInput.Clean(reason);
        Refund? refund = null;
        CancellationOutcome outcome = default;
        var result = await MoveAsync(orderId, async (db, order, actor, me, now, ct) =>
        {
            refund = null;
            // A cancellation ends in a refund, and a disputed payment is the bank's to give back (it already has, for now).
            if (actor != OrderActor.Stranger && await db.Transactions.AnyAsync(t => t.RelatedId == order.Id
                    && t.TransactionType == TransactionType.ServicePurchase && t.Status == TransactionStatus.Disputed, ct))
                return OrdersErrors.PaymentDisputed;
            var asked = order.Cancel(actor, reason, now);
            if (!asked.Succeeded) return asked;
            outcome = asked.Value;
            var other = actor == OrderActor.Seller ? order.BuyerId : order.SellerId;
            // Named, with its amount: a member with several orders knows which one, and what goes back.
            var title = await OrderNotices.ServiceTitleAsync(db, order, ct);
            var amount = Money.Format(Money.ToCents(order.PackagePrice));
            if (outcome == CancellationOutcome.Proposed)
            {
                await OrderTimeline.RecordAsync(db, order.Id, me, OrderEventKind.CancellationProposed, order.CancellationReason, now, ct);
                // The reason, when one is given, is the first thing the other side reads.
                var why = order.CancellationReason is { } given ? $"Their reason: “{given}”. " : "";
                await notices.TellAsync(order, other, me, $"The {(actor == OrderActor.Seller ? "seller" : "buyer")} asks to cancel the order of “{title}”",
                    why + (other == order.BuyerId
                        ? $"If you agree, cancel it too: your {amount} is refunded in full."
                        : $"If you agree, cancel it too: the buyer's {amount} is refunded in full."), ct);
                return Result.Success();
            }
            await OrderTimeline.RecordAsync(db, order.Id, me, OrderEventKind.Cancelled, reason, now, ct);
            var refunded = await RefundAsync(db, order, ct);
            if (!refunded.Succeeded) return refunded;
            refund = refunded.Value;
            foreach (var party in new[] { order.BuyerId, order.SellerId }.Where(p => p != me))
                await notices.TellAsync(order, party, me, $"The order of “{title}” was cancelled",
                    party == order.BuyerId
                        ? $"Your payment of {amount} is refunded in full."
                        : $"The buyer's payment of {amount} is refunded; its pending amount left your wallet.", ct);
            return Result.Success();
        }, cancellationToken);
        if (!result.Succeeded) return Result<CancellationOutcome>.Fail(result.Errors);

        // The card refund is an outside call: after the commit, idempotent per transaction at the processor.
        if (refund is { Processor: not PaymentProcessor.Wallet } card)
        {
            var given = await processor.RefundAsync(card.TransactionId, card.PaymentIntentId, cancellationToken);
            if (!given.Succeeded) log.LogError("Refund of order payment {TransactionId} failed at the processor: {Error}", card.TransactionId, given.FirstError!.Message);
        }
        return outcome;
    }

    /// <summary>
    /// Withdraws the caller's own proposal to cancel, or declines the other side's (<see cref="Order.DropCancellation"/>); the
    /// other side is told, and the timeline keeps the line.
    /// </summary>
    public Task<Result> DropCancellationAsync(Guid orderId, CancellationToken cancellationToken = default) =>
        MoveAsync(orderId, async (db, order, actor, me, now, ct) =>
        {
            var dropped = order.DropCancellation(actor);
            if (!dropped.Succeeded) return dropped.FirstError!;
            await OrderTimeline.RecordAsync(db, order.Id, me, dropped.Value, null, now, ct);
            var other = actor == OrderActor.Seller ? order.BuyerId : order.SellerId;
            var who = actor == OrderActor.Seller ? "seller" : "buyer";
            var title = await OrderNotices.ServiceTitleAsync(db, order, ct);
            await notices.TellAsync(order, other, me, dropped.Value == OrderEventKind.CancellationWithdrawn
                    ? $"The {who} no longer asks to cancel the order of “{title}”"
                    : $"The {who} declined to cancel the order of “{title}”",
                "The order goes on as it was.", ct);
            return Result.Success();
        }, cancellationToken);

    /// <summary>
    /// Gives the order's payment back through the one reversal rule (<see cref="SaleReversal"/>): one refund posting per
    /// transaction, the seller's share out of pending, the totals and the timeline. The parties are told by the caller.
    /// </summary>
    private async Task<Result<Refund?>> RefundAsync(AppDbContext db, Order order, CancellationToken ct)
    {
        var sale = await db.Transactions.FirstOrDefaultAsync(t => t.RelatedId == order.Id && t.TransactionType == TransactionType.ServicePurchase
            && t.Status == TransactionStatus.Completed, ct);
        if (sale is null) return (Refund?)null;
        sale.Note("refund_reason", "order_cancelled");
        var reversed = await reversal.ReverseAsync(db, sale, ReversalCause.OrderCancelled, ct);
        if (!reversed.Succeeded) return reversed.FirstError!;
        return new Refund(sale.Id, sale.PaymentProcessor, sale.StripePaymentIntentId);
    }

    private async Task<Result> MoveAsync(Guid orderId, Func<AppDbContext, Order, OrderActor, Guid, DateTimeOffset, CancellationToken, Task<Result>> move,
        CancellationToken cancellationToken)
    {
        if (user.UserId is not { } me) return Error.SignInRequired;
        await using (var mine = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (!await mine.Orders.AnyAsync(o => o.Id == orderId, cancellationToken)) return OrdersErrors.NotFound;
        }
        return await money.RunAsync<Result>(async (db, ct) =>
        {
            var order = await db.Orders.FromSql($"SELECT * FROM orders WHERE id = {orderId} FOR UPDATE").SingleOrDefaultAsync(ct);
            if (order is null) return OrdersErrors.NotFound;
            var moved = await move(db, order, order.ActorOf(me, user.IsAdmin), me, clock.GetUtcNow(), ct);
            if (moved.Succeeded) UnitOfWork.AfterCommit(() => broadcaster.Publish(orderId));
            return moved;
        }, cancellationToken);
    }

    private sealed record Refund(Guid TransactionId, PaymentProcessor Processor, string? PaymentIntentId);
}
