using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Orders;

/// <summary>
/// A delivered order the buyer leaves unanswered completes by itself <c>Orders:AutoCompleteDays</c> after the delivery
/// (product rules, "Orders"); <c>Orders:ReminderHoursBefore</c> earlier the buyer is reminded, once per delivery. Each
/// order moves in its own money-path unit under a row lock that skips orders a member is moving right now (they are
/// picked up by the next run), so a click and the job never both complete one order.
/// </summary>
public sealed class OrderAutoCompletion(
    [FromKeyedServices(UnitOfWork.Jobs)] UnitOfWork money, OrderNotices notices, IOrderBroadcaster broadcaster, IOptions<OrderOptions> options,
    TimeProvider clock)
{
    public const int BatchSize = 200;

    /// <summary>Completes every unanswered delivery that is due and reminds the buyers of those due soon; returns how many completed.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        await RemindAsync(cancellationToken);
        var completed = 0;
        while (true)
        {
            var batch = await CompleteBatchAsync(cancellationToken);
            completed += batch;
            if (batch < BatchSize) return completed;
        }
    }

    private Task<int> CompleteBatchAsync(CancellationToken cancellationToken) => money.RunAsync(async (db, ct) =>
    {
        var now = clock.GetUtcNow();
        var after = TimeSpan.FromDays(options.Value.AutoCompleteDays);
        var due = now - after;
        var orders = await db.Orders.FromSql($"""
            SELECT * FROM orders WHERE status = 'delivered' AND delivered_at <= {due}
            ORDER BY delivered_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED
            """).ToListAsync(ct);
        foreach (var order in orders)
        {
            if (!order.CompleteUnanswered(now, after).Succeeded) continue;
            await OrderTimeline.RecordAsync(db, order.Id, null, OrderEventKind.AutoCompleted, null, now, ct);
            var service = await OrderNotices.ServiceTitleAsync(db, order, ct);
            await notices.TellAsync(order, order.SellerId, null, $"An order of “{service}” completed by itself",
                $"The buyer did not answer your delivery within {Counted.Of(options.Value.AutoCompleteDays, "day")}; your earnings clear 7 days from now.", ct);
            await notices.TellAsync(order, order.BuyerId, null, $"Your order of “{service}” is completed",
                $"You did not answer the delivery within {Counted.Of(options.Value.AutoCompleteDays, "day")}, so it completed by itself. You can still review it.", ct);
            var completed = order.Id;
            UnitOfWork.AfterCommit(() => broadcaster.Publish(completed));
        }
        return orders.Count;
    }, cancellationToken);

    private Task RemindAsync(CancellationToken cancellationToken) => money.RunAsync(async (db, ct) =>
    {
        var now = clock.GetUtcNow();
        var remindFrom = now - TimeSpan.FromDays(options.Value.AutoCompleteDays) + TimeSpan.FromHours(options.Value.ReminderHoursBefore);
        var orders = await db.Orders.FromSql($"""
            SELECT * FROM orders o WHERE o.status = 'delivered' AND o.delivered_at <= {remindFrom}
              AND NOT EXISTS (SELECT 1 FROM order_events e WHERE e.order_id = o.id AND e.kind = 'reminded' AND e.created_at >= o.delivered_at)
            ORDER BY o.delivered_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED
            """).AsNoTracking().ToListAsync(ct);
        foreach (var order in orders)
        {
            await OrderTimeline.RecordAsync(db, order.Id, null, OrderEventKind.Reminded, null, now, ct);
            // The hours left, not a clock time: the text is read in every member's time zone and in an email.
            var left = order.DeliveredAt!.Value.AddDays(options.Value.AutoCompleteDays) - now;
            await notices.TellAsync(order, order.BuyerId, null, $"Your delivery of “{await OrderNotices.ServiceTitleAsync(db, order, ct)}” completes by itself tomorrow",
                $"Accept it or ask for a revision within {Counted.Of(Math.Max(1, (long)Math.Round(left.TotalHours)), "hour")}.", ct);
        }
        return orders.Count;
    }, cancellationToken);
}
