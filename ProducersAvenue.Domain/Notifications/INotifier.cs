namespace ProducersAvenue.Domain.Notifications;

/// <summary>
/// The one notification path: writes a row to <c>notifications</c> and tells the open pages of the recipient
/// (bell count) through <see cref="INotificationBroadcaster"/>. Database triggers that notify (custom-field approval)
/// insert rows directly; the bell refreshes from the table, so both paths end in the same place.
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
