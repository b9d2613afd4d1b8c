using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Notifications;

public sealed class Notifier(IDbContextFactory<AppDbContext> contexts, INotificationBroadcaster broadcaster) : INotifier
{
    public Task NotifyAsync(NotificationRequest request, CancellationToken cancellationToken = default) =>
        NotifyManyAsync([request], cancellationToken);

    public async Task NotifyManyAsync(IReadOnlyCollection<NotificationRequest> requests, CancellationToken cancellationToken = default)
    {
        // Nobody is notified of their own action.
        var rows = requests.Where(r => r.ActorId != r.UserId).ToList();
        if (rows.Count == 0) return;
        await using var db = contexts.CreateDbContext();
        db.Notifications.AddRange(rows.Select(r => new Notification
        {
            UserId = r.UserId, Type = r.Type, Title = r.Title, Message = r.Message, LinkUrl = r.LinkUrl, ActorId = r.ActorId, RelatedId = r.RelatedId,
        }));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var userId in rows.Select(r => r.UserId).Distinct()) broadcaster.Publish(userId);
    }
}

/// <summary>In-process broadcaster: one app instance. A Redis backplane replaces it when the app runs on several machines.</summary>
public sealed class InProcessNotificationBroadcaster : INotificationBroadcaster
{
    public event Action<Guid>? NotificationsChanged;
    public void Publish(Guid userId) => NotificationsChanged?.Invoke(userId);
}
