using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Content;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Notifications;

/// <summary>
/// The bell and the notifications page: always the current user's own notifications, newest first. The title names the
/// actor ("@ava liked your post"); the excerpt is a plain-text quote of what they wrote (comments, replies, mentions)
/// and is left out where it would only repeat the title (likes, follows).
/// </summary>
public sealed class NotificationQueryService(IDbContextFactory<AppDbContext> contexts, UnitOfWork units, ICurrentUser user, TimeProvider clock,
    INotificationBroadcaster broadcaster)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public async Task<int> UnreadCountAsync(CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return 0;
        await using var db = contexts.CreateDbContext();
        return await db.Notifications.CountAsync(n => n.UserId == me && !n.IsRead, cancellationToken);
    }

    public async Task<KeysetPage<NotificationView>> ListAsync(string? cursor = null, int pageSize = DefaultPageSize, bool unreadOnly = false,
        NotificationType? type = null, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return KeysetPage<NotificationView>.Empty;
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        await using var db = contexts.CreateDbContext();
        // The view holds the caller's own notifications with the actors' cards; the service still names its member.
        var query = db.NotificationList.AsNoTracking().Where(n => n.UserId == me);
        if (unreadOnly) query = query.Where(n => !n.IsRead);
        if (type is { } only) query = query.Where(n => n.Type == only);
        if (TimeCursor.Decode(cursor) is { } c)
            query = query.Where(n => EF.Functions.LessThan(ValueTuple.Create(n.CreatedAt, n.Id), ValueTuple.Create(c.CreatedAt, c.Id)));
        var rows = (await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
                .Take(pageSize + 1).ToListAsync(cancellationToken))
            .Select(n => new NotificationView(n.Id, n.Type, Title(n.Title, n.ActorUsername), Excerpt(n.Type, n.Message), n.LinkUrl, n.IsRead, n.CreatedAt,
                n.ActorUsername, n.ActorAvatarUrl))
            .ToList();
        var more = rows.Count > pageSize;
        if (more) rows.RemoveAt(rows.Count - 1);
        return new KeysetPage<NotificationView>(rows, more ? new TimeCursor(rows[^1].CreatedAt, rows[^1].Id).Encode() : null);
    }

    /// <summary>
    /// The stored title, whose opening "@name" (where it has one) is its actor's name when it was written: it names the
    /// actor as they are called now, so a member who renamed since is not shown under a name that leads nowhere (or to
    /// whoever took it up).
    /// </summary>
    public static string Title(string? stored, string? actorUsername)
    {
        var title = stored ?? "";
        if (actorUsername is null || !title.StartsWith('@')) return title;
        var end = title.IndexOf(' ');
        return end < 0 ? title : $"@{actorUsername}{title[end..]}";
    }

    /// <summary>
    /// Likes and follows say everything in their title; comments, replies, mentions and direct messages quote member
    /// Markdown, shown as plain text; the app's own messages (reviews of requests, orders…) are plain text already.
    /// </summary>
    public static string? Excerpt(NotificationType type, string? message) => type switch
    {
        NotificationType.Like or NotificationType.Follow => null,
        NotificationType.Comment or NotificationType.Reply or NotificationType.Mention or NotificationType.Message => PlainText.Excerpt(message),
        _ => message,
    };

    public async Task MarkReadAsync(Guid notificationId, CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return;
        await units.RunAsync(async (db, ct) =>
        {
            var now = clock.GetUtcNow();
            var changed = await db.Notifications.Where(n => n.Id == notificationId && n.UserId == me && !n.IsRead)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.IsRead, true).SetProperty(n => n.ReadAt, now), ct);
            if (changed > 0) UnitOfWork.AfterCommit(() => broadcaster.Publish(me));
        }, cancellationToken);
    }

    public async Task MarkAllReadAsync(CancellationToken cancellationToken = default)
    {
        if (user.UserId is not { } me) return;
        await units.RunAsync(async (db, ct) =>
        {
            var now = clock.GetUtcNow();
            var changed = await db.Notifications.Where(n => n.UserId == me && !n.IsRead)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.IsRead, true).SetProperty(n => n.ReadAt, now), ct);
            if (changed > 0) UnitOfWork.AfterCommit(() => broadcaster.Publish(me));
        }, cancellationToken);
    }
}

/// <summary>One notification as shown: <see cref="Excerpt"/> is plain text (or null).</summary>
public sealed record NotificationView(Guid Id, NotificationType Type, string Title, string? Excerpt, string? LinkUrl, bool IsRead,
    DateTimeOffset CreatedAt, string? ActorUsername, string? ActorAvatarUrl);
