using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Orders;

/// <summary>
/// Writes one line of an order's timeline (<c>order_events</c>) in the caller's money-path unit; a delivery's line keeps
/// the files it delivered (decision 169) and the names they were uploaded under (decision 238).
/// </summary>
public static class OrderTimeline
{
    public static Task RecordAsync(AppDbContext db, Guid orderId, Guid? actorId, OrderEventKind kind, string? note, DateTimeOffset at,
        CancellationToken cancellationToken, IReadOnlyList<string>? files = null, IReadOnlyList<string>? fileNames = null)
    {
        var text = EnumText<OrderEventKind>.ToText(kind);
        var kept = files?.ToArray() ?? [];
        var names = fileNames?.ToArray() ?? [];
        return db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO order_events (order_id, actor_id, kind, note, created_at, files, file_names)
            VALUES ({orderId}, {actorId}, {text}, {note}, {at}, {kept}, {names})
            """, cancellationToken);
    }
}
