using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Notifications;

/// <summary>
/// What a member may choose for one notification type, and what they get until they choose: in-app and email defaults,
/// whether its email waits for the daily digest (<see cref="Digest"/>: the chatty types), and whether it tells of another
/// member's doing to one's posts, comments or profile (<see cref="Social"/>: a mute or a block silences it, decision 278), and
/// whether its email waits to see if the member reads it first (<see cref="EmailWhenUnread"/>: messages, sent by their own job
/// only when still unread after a delay, decision 301).
/// </summary>
public sealed record NotificationTypeInfo(NotificationType Type, string Label, string Description, bool InApp, bool Email, bool Digest = false,
    bool Social = false, bool EmailWhenUnread = false);

/// <summary>
/// Every notification type with its label and defaults — the one place for them (decision 210). A new
/// <see cref="NotificationType"/> adds its line here; <c>EveryNotificationTypeHasDefaults</c> fails until it does.
/// </summary>
public static class NotificationTypeCatalog
{
    public static readonly IReadOnlyList<NotificationTypeInfo> All =
    [
        new(NotificationType.Follow, "New followers", "Someone follows you.", InApp: true, Email: true, Digest: true, Social: true),
        new(NotificationType.Like, "Likes", "Someone likes your post, comment or listing.", InApp: true, Email: true, Digest: true, Social: true),
        new(NotificationType.Comment, "Comments", "Someone comments on your post.", InApp: true, Email: true, Social: true),
        new(NotificationType.Reply, "Replies", "Someone replies to your comment.", InApp: true, Email: true, Social: true),
        new(NotificationType.Mention, "Mentions", "Someone mentions you in a post or comment.", InApp: true, Email: true, Social: true),
        new(NotificationType.Message, "Messages", "A new message or message request; by email only when it is still unread a few minutes later.", InApp: true, Email: true,
            EmailWhenUnread: true),
        new(NotificationType.Order, "Sales, orders and refunds", "Sales of your listings, your purchases, orders and refunds.", InApp: true, Email: true),
        new(NotificationType.Payout, "Payouts", "Your payouts are sent or fail.", InApp: true, Email: true),
        new(NotificationType.ProductUpdate, "Product updates", "A product you own gets new files.", InApp: true, Email: true),
        new(NotificationType.Review, "Reviews", "Someone reviews your listing, or a seller answers your review.", InApp: true, Email: true),
        new(NotificationType.CustomField, "Custom field decisions", "Your requested genre, skill or category is approved or declined.", InApp: true, Email: true),
        new(NotificationType.Report, "Reports", "News about reports you made.", InApp: true, Email: false),
        new(NotificationType.System, "Plan and account", "Your plan renews, changes or needs attention.", InApp: true, Email: true),
    ];

    private static readonly Dictionary<NotificationType, NotificationTypeInfo> ByType = All.ToDictionary(t => t.Type);

    public static NotificationTypeInfo For(NotificationType type) => ByType[type];

    /// <summary>The type's word in addresses and in the database (<c>custom_field</c>).</summary>
    public static string Word(NotificationType type) => EnumText<NotificationType>.ToText(type);

    /// <summary>The type a word names, or null for a missing or unknown word.</summary>
    public static NotificationType? Parse(string? word) => EnumText<NotificationType>.TryParse(word, out var type) ? type : null;
}
