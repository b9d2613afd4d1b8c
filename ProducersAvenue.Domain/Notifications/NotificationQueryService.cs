using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Notifications;

/// <summary>The bell and the notifications page: always the current user's own notifications, newest first.</summary>
public sealed class NotificationQueryService(IDbContextFactory<AppDbContext> contexts, ICurrentUser user, TimeProvider clock,
    INotificationBroadcaster broadcaster)
{
    public const int DefaultPageSize = 20;

    public async Task<int> UnreadCountAsync(CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return 0;
        await using var db = contexts.CreateDbContext();
        return await db.Notifications.CountAsync(n => n.UserId == me && !n.IsRead, cancellationToken);
    }

    public async Task<KeysetPage<NotificationView>> ListAsync(string? cursor = null, int pageSize = DefaultPageSize, bool unreadOnly = false,
        CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return KeysetPage<NotificationView>.Empty;
        await using var db = contexts.CreateDbContext();
        var query = db.Notifications.AsNoTracking().Where(n => n.UserId == me);
        if (unreadOnly) query = query.Where(n => !n.IsRead);
        if (TimeCursor.Decode(cursor) is { } c)
            query = query.Where(n => EF.Functions.LessThan(ValueTuple.Create(n.CreatedAt, n.Id), ValueTuple.Create(c.CreatedAt, c.Id)));
        var rows = await (
                from n in query
                join a in db.UserProfiles on n.ActorId equals a.UserId into actors
                from a in actors.DefaultIfEmpty()
                orderby n.CreatedAt descending, n.Id descending
                select new NotificationView(n.Id, n.Type, n.Title ?? "", n.Message, n.LinkUrl, n.IsRead, n.CreatedAt,
                    a == null ? null : a.Username, a == null ? null : a.AvatarUrl))
            .Take(pageSize + 1).ToListAsync(cancellationToken);
        var more = rows.Count > pageSize;
        if (more) rows.RemoveAt(rows.Count - 1);
        return new KeysetPage<NotificationView>(rows, more ? new TimeCursor(rows[^1].CreatedAt, rows[^1].Id).Encode() : null);
    }

    public async Task MarkReadAsync(Guid notificationId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return;
        await using var db = contexts.CreateDbContext();
        var now = clock.GetUtcNow();
        var changed = await db.Notifications.Where(n => n.Id == notificationId && n.UserId == me && !n.IsRead)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.IsRead, true).SetProperty(n => n.ReadAt, now), cancellationToken);
        if (changed > 0) broadcaster.Publish(me);
    }

    public async Task MarkAllReadAsync(CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return;
        await using var db = contexts.CreateDbContext();
        var now = clock.GetUtcNow();
        var changed = await db.Notifications.Where(n => n.UserId == me && !n.IsRead)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.IsRead, true).SetProperty(n => n.ReadAt, now), cancellationToken);
        if (changed > 0) broadcaster.Publish(me);
    }
}

public sealed record NotificationView(Guid Id, NotificationType Type, string Title, string? Message, string? LinkUrl, bool IsRead,
    DateTimeOffset CreatedAt, string? ActorUsername, string? ActorAvatarUrl);
