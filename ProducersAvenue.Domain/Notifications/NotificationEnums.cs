namespace ProducersAvenue.Domain.Notifications;

/// <summary><c>notifications.type</c>: what happened.</summary>
public enum NotificationType
{
    Like,
    Comment,
    Reply,
    Follow,
    Message,
    Order,
    Payout,
    Mention,
    Review,
    CustomField,
    Report,
    System,
    ProductUpdate,
}
