namespace ProducersAvenue.Domain.Notifications;

/// <summary>
/// The one notification path: asks the recipient's preferences, writes a row to <c>notifications</c> and queues the email
/// they want, and tells the recipient's open pages (bell count) through <see cref="INotificationBroadcaster"/>. Nothing
/// else writes notifications (custom-value approvals included: the database approves, the service notifies).
/// </summary>
public interface INotifier
{
    Task NotifyAsync(NotificationRequest request, CancellationToken cancellationToken = default);
    Task NotifyManyAsync(IReadOnlyCollection<NotificationRequest> requests, CancellationToken cancellationToken = default);
}

public sealed record NotificationRequest(
    Guid UserId, NotificationType Type, string Title, string Message, string? LinkUrl = null, Guid? ActorId = null, Guid? RelatedId = null);

/// <summary>Pushes "you have new notifications" to a member's open circuits (in-process by default).</summary>
public interface INotificationBroadcaster
{
    event Action<Guid>? NotificationsChanged;
    void Publish(Guid userId);
}
