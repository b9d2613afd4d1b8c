using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Orders;

/// <summary>Writes one line of an order's timeline (<c>order_events</c>) in the caller's money-path unit.</summary>
public static class OrderTimeline
{
    public static Task RecordAsync(AppDbContext db, Guid orderId, Guid? actorId, OrderEventKind kind, string? note, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        var text = EnumText<OrderEventKind>.ToText(kind);
        return db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO order_events (order_id, actor_id, kind, note, created_at) VALUES ({orderId}, {actorId}, {text}, {note}, {at})
            """, cancellationToken);
    }
}
