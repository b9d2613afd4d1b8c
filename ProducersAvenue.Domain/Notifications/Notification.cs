using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Notifications;

/// <summary><c>notifications</c>: an in-app notification for one recipient.</summary>
public class Notification : IHasCreatedAt
{
    public const int TitleMaxLength = 200;
    public const int MessageMaxLength = 1000;
    public const int UrlMaxLength = 500;

    public Guid Id { get; set; }
    /// <summary>The recipient.</summary>
    public Guid UserId { get; set; }
    public NotificationType Type { get; set; }
    public string? Title { get; set; }
    public string? Message { get; set; }
    /// <summary>Where the notification leads.</summary>
    public string? LinkUrl { get; set; }
    /// <summary>Who triggered it; null for system notifications or when that account is gone.</summary>
    public Guid? ActorId { get; set; }
    /// <summary>The post, order, … it concerns (polymorphic, no foreign key).</summary>
    public Guid? RelatedId { get; set; }
    public bool IsRead { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
