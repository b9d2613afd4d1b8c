namespace ProducersAvenue.Domain.Notifications;

/// <summary>
/// A row of the view <c>notification_list</c>: one of the caller's own notifications with its actor's card (username and
/// avatar only). The view reads the actor's profile past its read policy — the notification already names the actor — so
/// the bell costs what it cost without Row Level Security (decision 081). Read-only; writes go to <see cref="Notification"/>.
/// </summary>
public sealed class NotificationListItem
{
    public Guid Id { get; init; }
    /// <summary>The recipient: always the caller (the view's own filter).</summary>
    public Guid UserId { get; init; }
    public NotificationType Type { get; init; }
    public string? Title { get; init; }
    public string? Message { get; init; }
    public string? LinkUrl { get; init; }
    public bool IsRead { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public string? ActorUsername { get; init; }
    public string? ActorAvatarUrl { get; init; }
}
