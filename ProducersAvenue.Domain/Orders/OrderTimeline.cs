using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Orders;

/// <summary>
/// Writes one line of an order's timeline (<c>order_events</c>) in the caller's money-path unit; a delivery's line keeps
/// the files it delivered (decision 169) and the names they were uploaded under (decision 238).
/// <para>
/// The unit's changes are saved first (in its transaction, not committed): the line's trigger counts the service's orders by
/// their status (completion rate), so the move that caused the line must already be written — an acceptance or an
/// automatic completion counted its order as still delivered (decision 290).
/// </para>
/// </summary>
public static class OrderTimeline
{
    public static async Task RecordAsync(AppDbContext db, Guid orderId, Guid? actorId, OrderEventKind kind, string? note, DateTimeOffset at,
        CancellationToken cancellationToken, IReadOnlyList<string>? files = null, IReadOnlyList<string>? fileNames = null)
    {
        var text = EnumText<OrderEventKind>.ToText(kind);
        var kept = files?.ToArray() ?? [];
        var names = fileNames?.ToArray() ?? [];
        await db.SaveChangesAsync(cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO order_events (order_id, actor_id, kind, note, created_at, files, file_names)
            VALUES ({orderId}, {actorId}, {text}, {note}, {at}, {kept}, {names})
            """, cancellationToken);
    }
}
